"""All lint rules, in code order. Adding a rule means adding its module here."""

from __future__ import annotations

from stbundle.compiler.lint.rule import Rule
from stbundle.compiler.lint.rules.xst001_syntax_error import SyntaxErrorRule, UnreadableFile
from stbundle.compiler.lint.rules.xst101_nested_button import NestedButton
from stbundle.compiler.lint.rules.xst102_input_under_button import InputUnderButton
from stbundle.compiler.lint.rules.xst103_button_result_used_outside import (
    ButtonResultUsedOutside,
)
from stbundle.compiler.lint.rules.xst104_unconditional_rerun import UnconditionalRerun
from stbundle.compiler.lint.rules.xst105_swallowed_stop import SwallowedStop
from stbundle.compiler.lint.rules.xst106_blocking_poll_loop import BlockingPollLoop
from stbundle.compiler.lint.rules.xst107_unreachable_after_stop import UnreachableAfterStop
from stbundle.compiler.lint.rules.xst201_button_state_assignment import ButtonStateAssignment
from stbundle.compiler.lint.rules.xst202_key_written_after_widget import KeyWrittenAfterWidget
from stbundle.compiler.lint.rules.xst203_default_and_state import DefaultAndSessionState
from stbundle.compiler.lint.rules.xst204_duplicate_widget_key import DuplicateWidgetKey
from stbundle.compiler.lint.rules.xst205_duplicate_widget_id import DuplicateWidgetId
from stbundle.compiler.lint.rules.xst206_nondeterministic_key import NondeterministicKey
from stbundle.compiler.lint.rules.xst207_uninitialised_state import UninitialisedState
from stbundle.compiler.lint.rules.xst208_conditional_keyed_widget import ConditionalKeyedWidget
from stbundle.compiler.lint.rules.xst209_data_derived_identity import DataDerivedIdentity
from stbundle.compiler.lint.rules.xst301_callback_called import CallbackCalled
from stbundle.compiler.lint.rules.xst302_loop_variable_in_lambda import LoopVariableInLambda
from stbundle.compiler.lint.rules.xst303_widget_value_in_args import WidgetValueInArgs
from stbundle.compiler.lint.rules.xst304_callback_reads_widget_variable import (
    CallbackReadsWidgetVariable,
)
from stbundle.compiler.lint.rules.xst305_widget_in_callback import WidgetInCallback
from stbundle.compiler.lint.rules.xst306_rerun_in_callback import RerunInCallback
from stbundle.compiler.lint.rules.xst401_form_without_submit import FormWithoutSubmit
from stbundle.compiler.lint.rules.xst402_callback_in_form import CallbackInForm
from stbundle.compiler.lint.rules.xst403_button_in_form import ButtonInForm
from stbundle.compiler.lint.rules.xst404_nested_form import NestedForm
from stbundle.compiler.lint.rules.xst405_submit_outside_form import SubmitOutsideForm
from stbundle.compiler.lint.rules.xst501_widget_in_cached_function import WidgetInCachedFunction
from stbundle.compiler.lint.rules.xst502_cache_resource_mutation import CacheResourceMutation
from stbundle.compiler.lint.rules.xst503_cached_hidden_input import CachedHiddenInput
from stbundle.compiler.lint.rules.xst504_unhashable_cache_parameter import (
    UnhashableCacheParameter,
)
from stbundle.compiler.lint.rules.xst601_parallel_fragment_outside_write import (
    ParallelFragmentOutsideWrite,
)
from stbundle.compiler.lint.rules.xst602_fragment_with_cache import FragmentWithCache
from stbundle.compiler.lint.rules.xst603_fragment_return_used import FragmentReturnUsed
from stbundle.compiler.lint.rules.xst604_fragment_rerun_outside import FragmentRerunOutside
from stbundle.compiler.lint.rules.xst605_app_class_identity import AppClassIdentity
from stbundle.compiler.lint.rules.xst606_removed_api import RemovedApi
from stbundle.compiler.lint.rules.xst607_page_file_missing import PageFileMissing
from stbundle.compiler.lint.rules.xst608_duplicate_page_url_path import DuplicatePageUrlPath
from stbundle.compiler.lint.rules.xst609_navigation_called_twice import NavigationCalledTwice
from stbundle.compiler.lint.rules.xst610_navigation_not_top_level import NavigationNotTopLevel
from stbundle.compiler.lint.rules.xst611_page_url_path_site_file import PageUrlPathSiteFile
from stbundle.compiler.lint.rules.xst612_parallel_fragment_dialog import ParallelFragmentDialog
from stbundle.compiler.lint.rules.xst701_pyodide_threads import PyodideThreads
from stbundle.compiler.lint.rules.xst702_pyodide_network import PyodideNetwork
from stbundle.compiler.lint.rules.xst703_pyodide_sleep import PyodideSleep
from stbundle.compiler.lint.rules.xst704_pyodide_missing_package import PyodideMissingPackage
from stbundle.compiler.lint.rules.xst705_pyodide_page_url_unknown import PyodidePageUrlUnknown
from stbundle.compiler.lint.rules.xst801_not_supported_yet import NotSupportedYet
from stbundle.compiler.lint.rules.xst802_parameter_not_honoured import ParameterNotHonoured

PREFIX = "XST"

RULE_CLASSES: tuple[type[Rule], ...] = (
    SyntaxErrorRule,
    UnreadableFile,
    NestedButton,
    InputUnderButton,
    ButtonResultUsedOutside,
    UnconditionalRerun,
    SwallowedStop,
    BlockingPollLoop,
    UnreachableAfterStop,
    ButtonStateAssignment,
    KeyWrittenAfterWidget,
    DefaultAndSessionState,
    DuplicateWidgetKey,
    DuplicateWidgetId,
    NondeterministicKey,
    UninitialisedState,
    ConditionalKeyedWidget,
    DataDerivedIdentity,
    CallbackCalled,
    LoopVariableInLambda,
    WidgetValueInArgs,
    CallbackReadsWidgetVariable,
    WidgetInCallback,
    RerunInCallback,
    FormWithoutSubmit,
    CallbackInForm,
    ButtonInForm,
    NestedForm,
    SubmitOutsideForm,
    WidgetInCachedFunction,
    CacheResourceMutation,
    CachedHiddenInput,
    UnhashableCacheParameter,
    ParallelFragmentOutsideWrite,
    FragmentWithCache,
    FragmentReturnUsed,
    FragmentRerunOutside,
    AppClassIdentity,
    RemovedApi,
    PageFileMissing,
    DuplicatePageUrlPath,
    NavigationCalledTwice,
    NavigationNotTopLevel,
    PageUrlPathSiteFile,
    ParallelFragmentDialog,
    PyodideThreads,
    PyodideNetwork,
    PyodideSleep,
    PyodideMissingPackage,
    PyodidePageUrlUnknown,
    NotSupportedYet,
    ParameterNotHonoured,
)

RULES: tuple[Rule, ...] = tuple(cls() for cls in RULE_CLASSES)
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}


def find_rule(code_or_name: str) -> Rule | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())
