from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RootContainer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MAIN: _ClassVar[RootContainer]
    SIDEBAR: _ClassVar[RootContainer]
    EVENT: _ClassVar[RootContainer]
    BOTTOM: _ClassVar[RootContainer]

class LabelVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VISIBLE: _ClassVar[LabelVisibility]
    HIDDEN: _ClassVar[LabelVisibility]
    COLLAPSED: _ClassVar[LabelVisibility]

class FileAccept(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FILES_NONE: _ClassVar[FileAccept]
    FILES_ONE: _ClassVar[FileAccept]
    FILES_MANY: _ClassVar[FileAccept]
    FILES_DIRECTORY: _ClassVar[FileAccept]
MAIN: RootContainer
SIDEBAR: RootContainer
EVENT: RootContainer
BOTTOM: RootContainer
VISIBLE: LabelVisibility
HIDDEN: LabelVisibility
COLLAPSED: LabelVisibility
FILES_NONE: FileAccept
FILES_ONE: FileAccept
FILES_MANY: FileAccept
FILES_DIRECTORY: FileAccept

class ForwardMsg(_message.Message):
    __slots__ = ("metadata", "new_session", "script_started", "delta", "script_finished", "session_status", "page_config", "query_string", "auto_rerun", "session_error", "navigation", "logo", "dataframe_rows", "auth_redirect")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    NEW_SESSION_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_STARTED_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    SCRIPT_FINISHED_FIELD_NUMBER: _ClassVar[int]
    SESSION_STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_CONFIG_FIELD_NUMBER: _ClassVar[int]
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    AUTO_RERUN_FIELD_NUMBER: _ClassVar[int]
    SESSION_ERROR_FIELD_NUMBER: _ClassVar[int]
    NAVIGATION_FIELD_NUMBER: _ClassVar[int]
    LOGO_FIELD_NUMBER: _ClassVar[int]
    DATAFRAME_ROWS_FIELD_NUMBER: _ClassVar[int]
    AUTH_REDIRECT_FIELD_NUMBER: _ClassVar[int]
    metadata: ForwardMsgMetadata
    new_session: NewSession
    script_started: ScriptStarted
    delta: Delta
    script_finished: ScriptFinished
    session_status: SessionStatus
    page_config: PageConfig
    query_string: QueryString
    auto_rerun: AutoRerun
    session_error: SessionError
    navigation: Navigation
    logo: Logo
    dataframe_rows: DataframeRows
    auth_redirect: str
    def __init__(self, metadata: _Optional[_Union[ForwardMsgMetadata, _Mapping]] = ..., new_session: _Optional[_Union[NewSession, _Mapping]] = ..., script_started: _Optional[_Union[ScriptStarted, _Mapping]] = ..., delta: _Optional[_Union[Delta, _Mapping]] = ..., script_finished: _Optional[_Union[ScriptFinished, _Mapping]] = ..., session_status: _Optional[_Union[SessionStatus, _Mapping]] = ..., page_config: _Optional[_Union[PageConfig, _Mapping]] = ..., query_string: _Optional[_Union[QueryString, _Mapping]] = ..., auto_rerun: _Optional[_Union[AutoRerun, _Mapping]] = ..., session_error: _Optional[_Union[SessionError, _Mapping]] = ..., navigation: _Optional[_Union[Navigation, _Mapping]] = ..., logo: _Optional[_Union[Logo, _Mapping]] = ..., dataframe_rows: _Optional[_Union[DataframeRows, _Mapping]] = ..., auth_redirect: _Optional[str] = ...) -> None: ...

class ForwardMsgBatch(_message.Message):
    __slots__ = ("msgs",)
    MSGS_FIELD_NUMBER: _ClassVar[int]
    msgs: _containers.RepeatedCompositeFieldContainer[ForwardMsg]
    def __init__(self, msgs: _Optional[_Iterable[_Union[ForwardMsg, _Mapping]]] = ...) -> None: ...

class ForwardMsgMetadata(_message.Message):
    __slots__ = ("delta_path", "run_id", "fragment_id", "transient")
    DELTA_PATH_FIELD_NUMBER: _ClassVar[int]
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    TRANSIENT_FIELD_NUMBER: _ClassVar[int]
    delta_path: _containers.RepeatedScalarFieldContainer[int]
    run_id: str
    fragment_id: str
    transient: bool
    def __init__(self, delta_path: _Optional[_Iterable[int]] = ..., run_id: _Optional[str] = ..., fragment_id: _Optional[str] = ..., transient: _Optional[bool] = ...) -> None: ...

class NewSession(_message.Message):
    __slots__ = ("session_id", "theme", "app_name", "version", "toolbar_mode")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    APP_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TOOLBAR_MODE_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    theme: Theme
    app_name: str
    version: str
    toolbar_mode: str
    def __init__(self, session_id: _Optional[str] = ..., theme: _Optional[_Union[Theme, _Mapping]] = ..., app_name: _Optional[str] = ..., version: _Optional[str] = ..., toolbar_mode: _Optional[str] = ...) -> None: ...

class Theme(_message.Message):
    __slots__ = ("base", "primary_color")
    class Base(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AUTO: _ClassVar[Theme.Base]
        LIGHT: _ClassVar[Theme.Base]
        DARK: _ClassVar[Theme.Base]
    AUTO: Theme.Base
    LIGHT: Theme.Base
    DARK: Theme.Base
    BASE_FIELD_NUMBER: _ClassVar[int]
    PRIMARY_COLOR_FIELD_NUMBER: _ClassVar[int]
    base: Theme.Base
    primary_color: str
    def __init__(self, base: _Optional[_Union[Theme.Base, str]] = ..., primary_color: _Optional[str] = ...) -> None: ...

class ScriptStarted(_message.Message):
    __slots__ = ("run_id", "fragment_ids")
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_IDS_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    fragment_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, run_id: _Optional[str] = ..., fragment_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ScriptFinished(_message.Message):
    __slots__ = ("run_id", "status")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        FINISHED_SUCCESSFULLY: _ClassVar[ScriptFinished.Status]
        FINISHED_WITH_ERROR: _ClassVar[ScriptFinished.Status]
        STOPPED_FOR_RERUN: _ClassVar[ScriptFinished.Status]
        STOPPED: _ClassVar[ScriptFinished.Status]
        FRAGMENT_FINISHED: _ClassVar[ScriptFinished.Status]
    FINISHED_SUCCESSFULLY: ScriptFinished.Status
    FINISHED_WITH_ERROR: ScriptFinished.Status
    STOPPED_FOR_RERUN: ScriptFinished.Status
    STOPPED: ScriptFinished.Status
    FRAGMENT_FINISHED: ScriptFinished.Status
    RUN_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    run_id: str
    status: ScriptFinished.Status
    def __init__(self, run_id: _Optional[str] = ..., status: _Optional[_Union[ScriptFinished.Status, str]] = ...) -> None: ...

class SessionStatus(_message.Message):
    __slots__ = ("script_is_running", "run_on_save")
    SCRIPT_IS_RUNNING_FIELD_NUMBER: _ClassVar[int]
    RUN_ON_SAVE_FIELD_NUMBER: _ClassVar[int]
    script_is_running: bool
    run_on_save: bool
    def __init__(self, script_is_running: _Optional[bool] = ..., run_on_save: _Optional[bool] = ...) -> None: ...

class PageConfig(_message.Message):
    __slots__ = ("title", "icon", "layout", "initial_sidebar_state", "menu_items")
    class Layout(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CENTERED: _ClassVar[PageConfig.Layout]
        WIDE: _ClassVar[PageConfig.Layout]
    CENTERED: PageConfig.Layout
    WIDE: PageConfig.Layout
    class SidebarState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AUTO: _ClassVar[PageConfig.SidebarState]
        EXPANDED: _ClassVar[PageConfig.SidebarState]
        COLLAPSED: _ClassVar[PageConfig.SidebarState]
    AUTO: PageConfig.SidebarState
    EXPANDED: PageConfig.SidebarState
    COLLAPSED: PageConfig.SidebarState
    class MenuItems(_message.Message):
        __slots__ = ("get_help_url", "hide_get_help", "report_a_bug_url", "hide_report_a_bug", "about_section_md", "clear_about_md")
        GET_HELP_URL_FIELD_NUMBER: _ClassVar[int]
        HIDE_GET_HELP_FIELD_NUMBER: _ClassVar[int]
        REPORT_A_BUG_URL_FIELD_NUMBER: _ClassVar[int]
        HIDE_REPORT_A_BUG_FIELD_NUMBER: _ClassVar[int]
        ABOUT_SECTION_MD_FIELD_NUMBER: _ClassVar[int]
        CLEAR_ABOUT_MD_FIELD_NUMBER: _ClassVar[int]
        get_help_url: str
        hide_get_help: bool
        report_a_bug_url: str
        hide_report_a_bug: bool
        about_section_md: str
        clear_about_md: bool
        def __init__(self, get_help_url: _Optional[str] = ..., hide_get_help: _Optional[bool] = ..., report_a_bug_url: _Optional[str] = ..., hide_report_a_bug: _Optional[bool] = ..., about_section_md: _Optional[str] = ..., clear_about_md: _Optional[bool] = ...) -> None: ...
    TITLE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    INITIAL_SIDEBAR_STATE_FIELD_NUMBER: _ClassVar[int]
    MENU_ITEMS_FIELD_NUMBER: _ClassVar[int]
    title: str
    icon: str
    layout: PageConfig.Layout
    initial_sidebar_state: PageConfig.SidebarState
    menu_items: PageConfig.MenuItems
    def __init__(self, title: _Optional[str] = ..., icon: _Optional[str] = ..., layout: _Optional[_Union[PageConfig.Layout, str]] = ..., initial_sidebar_state: _Optional[_Union[PageConfig.SidebarState, str]] = ..., menu_items: _Optional[_Union[PageConfig.MenuItems, _Mapping]] = ...) -> None: ...

class QueryString(_message.Message):
    __slots__ = ("query_string",)
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    query_string: str
    def __init__(self, query_string: _Optional[str] = ...) -> None: ...

class AutoRerun(_message.Message):
    __slots__ = ("fragment_id", "interval_seconds")
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    fragment_id: str
    interval_seconds: float
    def __init__(self, fragment_id: _Optional[str] = ..., interval_seconds: _Optional[float] = ...) -> None: ...

class SessionError(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: str
    def __init__(self, message: _Optional[str] = ...) -> None: ...

class Delta(_message.Message):
    __slots__ = ("new_element", "add_block")
    NEW_ELEMENT_FIELD_NUMBER: _ClassVar[int]
    ADD_BLOCK_FIELD_NUMBER: _ClassVar[int]
    new_element: Element
    add_block: Block
    def __init__(self, new_element: _Optional[_Union[Element, _Mapping]] = ..., add_block: _Optional[_Union[Block, _Mapping]] = ...) -> None: ...

class Block(_message.Message):
    __slots__ = ("vertical", "horizontal", "column", "tab_container", "tab", "expander", "form", "empty", "transparent", "chat_message", "popover", "dialog", "grid", "grid_cell", "layout")
    class Vertical(_message.Message):
        __slots__ = ("border",)
        BORDER_FIELD_NUMBER: _ClassVar[int]
        border: bool
        def __init__(self, border: _Optional[bool] = ...) -> None: ...
    class Horizontal(_message.Message):
        __slots__ = ("gap",)
        GAP_FIELD_NUMBER: _ClassVar[int]
        gap: str
        def __init__(self, gap: _Optional[str] = ...) -> None: ...
    class Column(_message.Message):
        __slots__ = ("weight", "gap", "vertical_alignment", "border")
        WEIGHT_FIELD_NUMBER: _ClassVar[int]
        GAP_FIELD_NUMBER: _ClassVar[int]
        VERTICAL_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
        BORDER_FIELD_NUMBER: _ClassVar[int]
        weight: float
        gap: str
        vertical_alignment: str
        border: bool
        def __init__(self, weight: _Optional[float] = ..., gap: _Optional[str] = ..., vertical_alignment: _Optional[str] = ..., border: _Optional[bool] = ...) -> None: ...
    class TabContainer(_message.Message):
        __slots__ = ("common", "selected")
        COMMON_FIELD_NUMBER: _ClassVar[int]
        SELECTED_FIELD_NUMBER: _ClassVar[int]
        common: WidgetCommon
        selected: str
        def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., selected: _Optional[str] = ...) -> None: ...
    class Tab(_message.Message):
        __slots__ = ("label",)
        LABEL_FIELD_NUMBER: _ClassVar[int]
        label: str
        def __init__(self, label: _Optional[str] = ...) -> None: ...
    class Expander(_message.Message):
        __slots__ = ("label", "expanded", "icon", "common", "type", "state")
        LABEL_FIELD_NUMBER: _ClassVar[int]
        EXPANDED_FIELD_NUMBER: _ClassVar[int]
        ICON_FIELD_NUMBER: _ClassVar[int]
        COMMON_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        STATE_FIELD_NUMBER: _ClassVar[int]
        label: str
        expanded: bool
        icon: str
        common: WidgetCommon
        type: str
        state: str
        def __init__(self, label: _Optional[str] = ..., expanded: _Optional[bool] = ..., icon: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., type: _Optional[str] = ..., state: _Optional[str] = ...) -> None: ...
    class Popover(_message.Message):
        __slots__ = ("label", "help", "icon", "disabled", "type", "common", "open")
        LABEL_FIELD_NUMBER: _ClassVar[int]
        HELP_FIELD_NUMBER: _ClassVar[int]
        ICON_FIELD_NUMBER: _ClassVar[int]
        DISABLED_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        COMMON_FIELD_NUMBER: _ClassVar[int]
        OPEN_FIELD_NUMBER: _ClassVar[int]
        label: str
        help: str
        icon: str
        disabled: bool
        type: str
        common: WidgetCommon
        open: bool
        def __init__(self, label: _Optional[str] = ..., help: _Optional[str] = ..., icon: _Optional[str] = ..., disabled: _Optional[bool] = ..., type: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., open: _Optional[bool] = ...) -> None: ...
    class Form(_message.Message):
        __slots__ = ("form_id", "clear_on_submit", "border", "enter_to_submit")
        FORM_ID_FIELD_NUMBER: _ClassVar[int]
        CLEAR_ON_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        BORDER_FIELD_NUMBER: _ClassVar[int]
        ENTER_TO_SUBMIT_FIELD_NUMBER: _ClassVar[int]
        form_id: str
        clear_on_submit: bool
        border: bool
        enter_to_submit: bool
        def __init__(self, form_id: _Optional[str] = ..., clear_on_submit: _Optional[bool] = ..., border: _Optional[bool] = ..., enter_to_submit: _Optional[bool] = ...) -> None: ...
    class Dialog(_message.Message):
        __slots__ = ("title", "dismissible", "width", "pixel_width", "position", "icon", "is_open", "common")
        TITLE_FIELD_NUMBER: _ClassVar[int]
        DISMISSIBLE_FIELD_NUMBER: _ClassVar[int]
        WIDTH_FIELD_NUMBER: _ClassVar[int]
        PIXEL_WIDTH_FIELD_NUMBER: _ClassVar[int]
        POSITION_FIELD_NUMBER: _ClassVar[int]
        ICON_FIELD_NUMBER: _ClassVar[int]
        IS_OPEN_FIELD_NUMBER: _ClassVar[int]
        COMMON_FIELD_NUMBER: _ClassVar[int]
        title: str
        dismissible: bool
        width: str
        pixel_width: int
        position: str
        icon: str
        is_open: bool
        common: WidgetCommon
        def __init__(self, title: _Optional[str] = ..., dismissible: _Optional[bool] = ..., width: _Optional[str] = ..., pixel_width: _Optional[int] = ..., position: _Optional[str] = ..., icon: _Optional[str] = ..., is_open: _Optional[bool] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ...) -> None: ...
    class Grid(_message.Message):
        __slots__ = ("columns", "min_column_width", "wrap", "row_gap", "column_gap", "vertical_alignment", "border", "row_height", "dense", "key")
        COLUMNS_FIELD_NUMBER: _ClassVar[int]
        MIN_COLUMN_WIDTH_FIELD_NUMBER: _ClassVar[int]
        WRAP_FIELD_NUMBER: _ClassVar[int]
        ROW_GAP_FIELD_NUMBER: _ClassVar[int]
        COLUMN_GAP_FIELD_NUMBER: _ClassVar[int]
        VERTICAL_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
        BORDER_FIELD_NUMBER: _ClassVar[int]
        ROW_HEIGHT_FIELD_NUMBER: _ClassVar[int]
        DENSE_FIELD_NUMBER: _ClassVar[int]
        KEY_FIELD_NUMBER: _ClassVar[int]
        columns: int
        min_column_width: int
        wrap: bool
        row_gap: str
        column_gap: str
        vertical_alignment: str
        border: bool
        row_height: int
        dense: bool
        key: str
        def __init__(self, columns: _Optional[int] = ..., min_column_width: _Optional[int] = ..., wrap: _Optional[bool] = ..., row_gap: _Optional[str] = ..., column_gap: _Optional[str] = ..., vertical_alignment: _Optional[str] = ..., border: _Optional[bool] = ..., row_height: _Optional[int] = ..., dense: _Optional[bool] = ..., key: _Optional[str] = ...) -> None: ...
    class GridCell(_message.Message):
        __slots__ = ("column_span", "column_span_all", "row_span")
        COLUMN_SPAN_FIELD_NUMBER: _ClassVar[int]
        COLUMN_SPAN_ALL_FIELD_NUMBER: _ClassVar[int]
        ROW_SPAN_FIELD_NUMBER: _ClassVar[int]
        column_span: int
        column_span_all: bool
        row_span: int
        def __init__(self, column_span: _Optional[int] = ..., column_span_all: _Optional[bool] = ..., row_span: _Optional[int] = ...) -> None: ...
    class Empty(_message.Message):
        __slots__ = ()
        def __init__(self) -> None: ...
    class Transparent(_message.Message):
        __slots__ = ()
        def __init__(self) -> None: ...
    class ChatMessage(_message.Message):
        __slots__ = ("name", "avatar", "avatar_type", "avatar_image")
        class AvatarType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ICON: _ClassVar[Block.ChatMessage.AvatarType]
            EMOJI: _ClassVar[Block.ChatMessage.AvatarType]
            IMAGE: _ClassVar[Block.ChatMessage.AvatarType]
        ICON: Block.ChatMessage.AvatarType
        EMOJI: Block.ChatMessage.AvatarType
        IMAGE: Block.ChatMessage.AvatarType
        NAME_FIELD_NUMBER: _ClassVar[int]
        AVATAR_FIELD_NUMBER: _ClassVar[int]
        AVATAR_TYPE_FIELD_NUMBER: _ClassVar[int]
        AVATAR_IMAGE_FIELD_NUMBER: _ClassVar[int]
        name: str
        avatar: str
        avatar_type: Block.ChatMessage.AvatarType
        avatar_image: MediaRef
        def __init__(self, name: _Optional[str] = ..., avatar: _Optional[str] = ..., avatar_type: _Optional[_Union[Block.ChatMessage.AvatarType, str]] = ..., avatar_image: _Optional[_Union[MediaRef, _Mapping]] = ...) -> None: ...
    VERTICAL_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    COLUMN_FIELD_NUMBER: _ClassVar[int]
    TAB_CONTAINER_FIELD_NUMBER: _ClassVar[int]
    TAB_FIELD_NUMBER: _ClassVar[int]
    EXPANDER_FIELD_NUMBER: _ClassVar[int]
    FORM_FIELD_NUMBER: _ClassVar[int]
    EMPTY_FIELD_NUMBER: _ClassVar[int]
    TRANSPARENT_FIELD_NUMBER: _ClassVar[int]
    CHAT_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    POPOVER_FIELD_NUMBER: _ClassVar[int]
    DIALOG_FIELD_NUMBER: _ClassVar[int]
    GRID_FIELD_NUMBER: _ClassVar[int]
    GRID_CELL_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    vertical: Block.Vertical
    horizontal: Block.Horizontal
    column: Block.Column
    tab_container: Block.TabContainer
    tab: Block.Tab
    expander: Block.Expander
    form: Block.Form
    empty: Block.Empty
    transparent: Block.Transparent
    chat_message: Block.ChatMessage
    popover: Block.Popover
    dialog: Block.Dialog
    grid: Block.Grid
    grid_cell: Block.GridCell
    layout: Layout
    def __init__(self, vertical: _Optional[_Union[Block.Vertical, _Mapping]] = ..., horizontal: _Optional[_Union[Block.Horizontal, _Mapping]] = ..., column: _Optional[_Union[Block.Column, _Mapping]] = ..., tab_container: _Optional[_Union[Block.TabContainer, _Mapping]] = ..., tab: _Optional[_Union[Block.Tab, _Mapping]] = ..., expander: _Optional[_Union[Block.Expander, _Mapping]] = ..., form: _Optional[_Union[Block.Form, _Mapping]] = ..., empty: _Optional[_Union[Block.Empty, _Mapping]] = ..., transparent: _Optional[_Union[Block.Transparent, _Mapping]] = ..., chat_message: _Optional[_Union[Block.ChatMessage, _Mapping]] = ..., popover: _Optional[_Union[Block.Popover, _Mapping]] = ..., dialog: _Optional[_Union[Block.Dialog, _Mapping]] = ..., grid: _Optional[_Union[Block.Grid, _Mapping]] = ..., grid_cell: _Optional[_Union[Block.GridCell, _Mapping]] = ..., layout: _Optional[_Union[Layout, _Mapping]] = ...) -> None: ...

class Element(_message.Message):
    __slots__ = ("heading", "markdown", "text", "code", "json", "metric", "alert", "exception", "html", "empty", "progress", "spinner", "toast", "help_info", "dataframe", "table", "vega_lite_chart", "pyplot", "graphviz_chart", "plotly_chart", "deck_gl_json_chart", "echarts_chart", "button", "checkbox", "radio", "selectbox", "multiselect", "slider", "text_input", "text_area", "number_input", "date_input", "time_input", "color_picker", "chat_input", "download_button", "link_button", "imgs", "audio", "video", "page_link", "file_uploader", "camera_input", "audio_input", "button_group", "feedback", "balloons", "snow", "iframe", "space", "skeleton", "date_time_input", "menu_button", "pagination", "component_instance", "pdf", "layout")
    HEADING_FIELD_NUMBER: _ClassVar[int]
    MARKDOWN_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    ALERT_FIELD_NUMBER: _ClassVar[int]
    EXCEPTION_FIELD_NUMBER: _ClassVar[int]
    HTML_FIELD_NUMBER: _ClassVar[int]
    EMPTY_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    SPINNER_FIELD_NUMBER: _ClassVar[int]
    TOAST_FIELD_NUMBER: _ClassVar[int]
    HELP_INFO_FIELD_NUMBER: _ClassVar[int]
    DATAFRAME_FIELD_NUMBER: _ClassVar[int]
    TABLE_FIELD_NUMBER: _ClassVar[int]
    VEGA_LITE_CHART_FIELD_NUMBER: _ClassVar[int]
    PYPLOT_FIELD_NUMBER: _ClassVar[int]
    GRAPHVIZ_CHART_FIELD_NUMBER: _ClassVar[int]
    PLOTLY_CHART_FIELD_NUMBER: _ClassVar[int]
    DECK_GL_JSON_CHART_FIELD_NUMBER: _ClassVar[int]
    ECHARTS_CHART_FIELD_NUMBER: _ClassVar[int]
    BUTTON_FIELD_NUMBER: _ClassVar[int]
    CHECKBOX_FIELD_NUMBER: _ClassVar[int]
    RADIO_FIELD_NUMBER: _ClassVar[int]
    SELECTBOX_FIELD_NUMBER: _ClassVar[int]
    MULTISELECT_FIELD_NUMBER: _ClassVar[int]
    SLIDER_FIELD_NUMBER: _ClassVar[int]
    TEXT_INPUT_FIELD_NUMBER: _ClassVar[int]
    TEXT_AREA_FIELD_NUMBER: _ClassVar[int]
    NUMBER_INPUT_FIELD_NUMBER: _ClassVar[int]
    DATE_INPUT_FIELD_NUMBER: _ClassVar[int]
    TIME_INPUT_FIELD_NUMBER: _ClassVar[int]
    COLOR_PICKER_FIELD_NUMBER: _ClassVar[int]
    CHAT_INPUT_FIELD_NUMBER: _ClassVar[int]
    DOWNLOAD_BUTTON_FIELD_NUMBER: _ClassVar[int]
    LINK_BUTTON_FIELD_NUMBER: _ClassVar[int]
    IMGS_FIELD_NUMBER: _ClassVar[int]
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    VIDEO_FIELD_NUMBER: _ClassVar[int]
    PAGE_LINK_FIELD_NUMBER: _ClassVar[int]
    FILE_UPLOADER_FIELD_NUMBER: _ClassVar[int]
    CAMERA_INPUT_FIELD_NUMBER: _ClassVar[int]
    AUDIO_INPUT_FIELD_NUMBER: _ClassVar[int]
    BUTTON_GROUP_FIELD_NUMBER: _ClassVar[int]
    FEEDBACK_FIELD_NUMBER: _ClassVar[int]
    BALLOONS_FIELD_NUMBER: _ClassVar[int]
    SNOW_FIELD_NUMBER: _ClassVar[int]
    IFRAME_FIELD_NUMBER: _ClassVar[int]
    SPACE_FIELD_NUMBER: _ClassVar[int]
    SKELETON_FIELD_NUMBER: _ClassVar[int]
    DATE_TIME_INPUT_FIELD_NUMBER: _ClassVar[int]
    MENU_BUTTON_FIELD_NUMBER: _ClassVar[int]
    PAGINATION_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    PDF_FIELD_NUMBER: _ClassVar[int]
    LAYOUT_FIELD_NUMBER: _ClassVar[int]
    heading: Heading
    markdown: Markdown
    text: Text
    code: Code
    json: Json
    metric: Metric
    alert: Alert
    exception: Exception
    html: Html
    empty: Empty
    progress: Progress
    spinner: Spinner
    toast: Toast
    help_info: DocString
    dataframe: Dataframe
    table: Table
    vega_lite_chart: VegaLiteChart
    pyplot: Pyplot
    graphviz_chart: GraphvizChart
    plotly_chart: PlotlyChart
    deck_gl_json_chart: DeckGlJsonChart
    echarts_chart: EChartsChart
    button: Button
    checkbox: Checkbox
    radio: Radio
    selectbox: Selectbox
    multiselect: MultiSelect
    slider: Slider
    text_input: TextInput
    text_area: TextArea
    number_input: NumberInput
    date_input: DateInput
    time_input: TimeInput
    color_picker: ColorPicker
    chat_input: ChatInput
    download_button: DownloadButton
    link_button: LinkButton
    imgs: ImageList
    audio: MediaPlayer
    video: MediaPlayer
    page_link: PageLink
    file_uploader: FileUploader
    camera_input: CameraInput
    audio_input: AudioInput
    button_group: ButtonGroup
    feedback: Feedback
    balloons: Celebration
    snow: Celebration
    iframe: IFrame
    space: Space
    skeleton: Skeleton
    date_time_input: DateTimeInput
    menu_button: MenuButton
    pagination: Pagination
    component_instance: ComponentInstance
    pdf: PdfViewer
    layout: Layout
    def __init__(self, heading: _Optional[_Union[Heading, _Mapping]] = ..., markdown: _Optional[_Union[Markdown, _Mapping]] = ..., text: _Optional[_Union[Text, _Mapping]] = ..., code: _Optional[_Union[Code, _Mapping]] = ..., json: _Optional[_Union[Json, _Mapping]] = ..., metric: _Optional[_Union[Metric, _Mapping]] = ..., alert: _Optional[_Union[Alert, _Mapping]] = ..., exception: _Optional[_Union[Exception, _Mapping]] = ..., html: _Optional[_Union[Html, _Mapping]] = ..., empty: _Optional[_Union[Empty, _Mapping]] = ..., progress: _Optional[_Union[Progress, _Mapping]] = ..., spinner: _Optional[_Union[Spinner, _Mapping]] = ..., toast: _Optional[_Union[Toast, _Mapping]] = ..., help_info: _Optional[_Union[DocString, _Mapping]] = ..., dataframe: _Optional[_Union[Dataframe, _Mapping]] = ..., table: _Optional[_Union[Table, _Mapping]] = ..., vega_lite_chart: _Optional[_Union[VegaLiteChart, _Mapping]] = ..., pyplot: _Optional[_Union[Pyplot, _Mapping]] = ..., graphviz_chart: _Optional[_Union[GraphvizChart, _Mapping]] = ..., plotly_chart: _Optional[_Union[PlotlyChart, _Mapping]] = ..., deck_gl_json_chart: _Optional[_Union[DeckGlJsonChart, _Mapping]] = ..., echarts_chart: _Optional[_Union[EChartsChart, _Mapping]] = ..., button: _Optional[_Union[Button, _Mapping]] = ..., checkbox: _Optional[_Union[Checkbox, _Mapping]] = ..., radio: _Optional[_Union[Radio, _Mapping]] = ..., selectbox: _Optional[_Union[Selectbox, _Mapping]] = ..., multiselect: _Optional[_Union[MultiSelect, _Mapping]] = ..., slider: _Optional[_Union[Slider, _Mapping]] = ..., text_input: _Optional[_Union[TextInput, _Mapping]] = ..., text_area: _Optional[_Union[TextArea, _Mapping]] = ..., number_input: _Optional[_Union[NumberInput, _Mapping]] = ..., date_input: _Optional[_Union[DateInput, _Mapping]] = ..., time_input: _Optional[_Union[TimeInput, _Mapping]] = ..., color_picker: _Optional[_Union[ColorPicker, _Mapping]] = ..., chat_input: _Optional[_Union[ChatInput, _Mapping]] = ..., download_button: _Optional[_Union[DownloadButton, _Mapping]] = ..., link_button: _Optional[_Union[LinkButton, _Mapping]] = ..., imgs: _Optional[_Union[ImageList, _Mapping]] = ..., audio: _Optional[_Union[MediaPlayer, _Mapping]] = ..., video: _Optional[_Union[MediaPlayer, _Mapping]] = ..., page_link: _Optional[_Union[PageLink, _Mapping]] = ..., file_uploader: _Optional[_Union[FileUploader, _Mapping]] = ..., camera_input: _Optional[_Union[CameraInput, _Mapping]] = ..., audio_input: _Optional[_Union[AudioInput, _Mapping]] = ..., button_group: _Optional[_Union[ButtonGroup, _Mapping]] = ..., feedback: _Optional[_Union[Feedback, _Mapping]] = ..., balloons: _Optional[_Union[Celebration, _Mapping]] = ..., snow: _Optional[_Union[Celebration, _Mapping]] = ..., iframe: _Optional[_Union[IFrame, _Mapping]] = ..., space: _Optional[_Union[Space, _Mapping]] = ..., skeleton: _Optional[_Union[Skeleton, _Mapping]] = ..., date_time_input: _Optional[_Union[DateTimeInput, _Mapping]] = ..., menu_button: _Optional[_Union[MenuButton, _Mapping]] = ..., pagination: _Optional[_Union[Pagination, _Mapping]] = ..., component_instance: _Optional[_Union[ComponentInstance, _Mapping]] = ..., pdf: _Optional[_Union[PdfViewer, _Mapping]] = ..., layout: _Optional[_Union[Layout, _Mapping]] = ...) -> None: ...

class Layout(_message.Message):
    __slots__ = ("width_stretch", "width_content", "width_pixels", "height_stretch", "height_content", "height_pixels", "text_alignment", "no_wrap", "horizontal", "gap", "horizontal_alignment", "vertical_alignment", "autoscroll")
    WIDTH_STRETCH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_CONTENT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_PIXELS_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_STRETCH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_CONTENT_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_PIXELS_FIELD_NUMBER: _ClassVar[int]
    TEXT_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    NO_WRAP_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    GAP_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    VERTICAL_ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    AUTOSCROLL_FIELD_NUMBER: _ClassVar[int]
    width_stretch: bool
    width_content: bool
    width_pixels: int
    height_stretch: bool
    height_content: bool
    height_pixels: int
    text_alignment: str
    no_wrap: bool
    horizontal: bool
    gap: str
    horizontal_alignment: str
    vertical_alignment: str
    autoscroll: bool
    def __init__(self, width_stretch: _Optional[bool] = ..., width_content: _Optional[bool] = ..., width_pixels: _Optional[int] = ..., height_stretch: _Optional[bool] = ..., height_content: _Optional[bool] = ..., height_pixels: _Optional[int] = ..., text_alignment: _Optional[str] = ..., no_wrap: _Optional[bool] = ..., horizontal: _Optional[bool] = ..., gap: _Optional[str] = ..., horizontal_alignment: _Optional[str] = ..., vertical_alignment: _Optional[str] = ..., autoscroll: _Optional[bool] = ...) -> None: ...

class Heading(_message.Message):
    __slots__ = ("tag", "body", "anchor", "help", "divider", "icon")
    TAG_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    ANCHOR_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DIVIDER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    tag: str
    body: str
    anchor: str
    help: str
    divider: str
    icon: str
    def __init__(self, tag: _Optional[str] = ..., body: _Optional[str] = ..., anchor: _Optional[str] = ..., help: _Optional[str] = ..., divider: _Optional[str] = ..., icon: _Optional[str] = ...) -> None: ...

class Markdown(_message.Message):
    __slots__ = ("body", "allow_html", "kind", "help", "hide_anchors")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NATIVE: _ClassVar[Markdown.Kind]
        CAPTION: _ClassVar[Markdown.Kind]
        LATEX: _ClassVar[Markdown.Kind]
        DIVIDER: _ClassVar[Markdown.Kind]
    NATIVE: Markdown.Kind
    CAPTION: Markdown.Kind
    LATEX: Markdown.Kind
    DIVIDER: Markdown.Kind
    BODY_FIELD_NUMBER: _ClassVar[int]
    ALLOW_HTML_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    HIDE_ANCHORS_FIELD_NUMBER: _ClassVar[int]
    body: str
    allow_html: bool
    kind: Markdown.Kind
    help: str
    hide_anchors: bool
    def __init__(self, body: _Optional[str] = ..., allow_html: _Optional[bool] = ..., kind: _Optional[_Union[Markdown.Kind, str]] = ..., help: _Optional[str] = ..., hide_anchors: _Optional[bool] = ...) -> None: ...

class Text(_message.Message):
    __slots__ = ("body", "help")
    BODY_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    body: str
    help: str
    def __init__(self, body: _Optional[str] = ..., help: _Optional[str] = ...) -> None: ...

class Code(_message.Message):
    __slots__ = ("code_text", "language", "show_line_numbers", "wrap_lines")
    CODE_TEXT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    SHOW_LINE_NUMBERS_FIELD_NUMBER: _ClassVar[int]
    WRAP_LINES_FIELD_NUMBER: _ClassVar[int]
    code_text: str
    language: str
    show_line_numbers: bool
    wrap_lines: bool
    def __init__(self, code_text: _Optional[str] = ..., language: _Optional[str] = ..., show_line_numbers: _Optional[bool] = ..., wrap_lines: _Optional[bool] = ...) -> None: ...

class Json(_message.Message):
    __slots__ = ("body", "expanded", "expand_depth")
    BODY_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    EXPAND_DEPTH_FIELD_NUMBER: _ClassVar[int]
    body: str
    expanded: bool
    expand_depth: int
    def __init__(self, body: _Optional[str] = ..., expanded: _Optional[bool] = ..., expand_depth: _Optional[int] = ...) -> None: ...

class Metric(_message.Message):
    __slots__ = ("label", "body", "delta", "delta_color", "delta_direction", "help", "label_visibility", "border", "icon", "delta_tone", "delta_description", "format", "chart_data", "chart_type")
    class DeltaColor(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NORMAL: _ClassVar[Metric.DeltaColor]
        INVERSE: _ClassVar[Metric.DeltaColor]
        OFF: _ClassVar[Metric.DeltaColor]
    NORMAL: Metric.DeltaColor
    INVERSE: Metric.DeltaColor
    OFF: Metric.DeltaColor
    class DeltaDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[Metric.DeltaDirection]
        UP: _ClassVar[Metric.DeltaDirection]
        DOWN: _ClassVar[Metric.DeltaDirection]
    NONE: Metric.DeltaDirection
    UP: Metric.DeltaDirection
    DOWN: Metric.DeltaDirection
    LABEL_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    DELTA_COLOR_FIELD_NUMBER: _ClassVar[int]
    DELTA_DIRECTION_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    LABEL_VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DELTA_TONE_FIELD_NUMBER: _ClassVar[int]
    DELTA_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    CHART_DATA_FIELD_NUMBER: _ClassVar[int]
    CHART_TYPE_FIELD_NUMBER: _ClassVar[int]
    label: str
    body: str
    delta: str
    delta_color: Metric.DeltaColor
    delta_direction: Metric.DeltaDirection
    help: str
    label_visibility: LabelVisibility
    border: bool
    icon: str
    delta_tone: str
    delta_description: str
    format: str
    chart_data: _containers.RepeatedScalarFieldContainer[float]
    chart_type: str
    def __init__(self, label: _Optional[str] = ..., body: _Optional[str] = ..., delta: _Optional[str] = ..., delta_color: _Optional[_Union[Metric.DeltaColor, str]] = ..., delta_direction: _Optional[_Union[Metric.DeltaDirection, str]] = ..., help: _Optional[str] = ..., label_visibility: _Optional[_Union[LabelVisibility, str]] = ..., border: _Optional[bool] = ..., icon: _Optional[str] = ..., delta_tone: _Optional[str] = ..., delta_description: _Optional[str] = ..., format: _Optional[str] = ..., chart_data: _Optional[_Iterable[float]] = ..., chart_type: _Optional[str] = ...) -> None: ...

class Alert(_message.Message):
    __slots__ = ("body", "format", "icon", "title")
    class Format(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ERROR: _ClassVar[Alert.Format]
        WARNING: _ClassVar[Alert.Format]
        INFO: _ClassVar[Alert.Format]
        SUCCESS: _ClassVar[Alert.Format]
    ERROR: Alert.Format
    WARNING: Alert.Format
    INFO: Alert.Format
    SUCCESS: Alert.Format
    BODY_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    body: str
    format: Alert.Format
    icon: str
    title: str
    def __init__(self, body: _Optional[str] = ..., format: _Optional[_Union[Alert.Format, str]] = ..., icon: _Optional[str] = ..., title: _Optional[str] = ...) -> None: ...

class Exception(_message.Message):
    __slots__ = ("type", "message", "stack_trace", "is_warning", "filename", "lineno", "col_offset")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    STACK_TRACE_FIELD_NUMBER: _ClassVar[int]
    IS_WARNING_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    LINENO_FIELD_NUMBER: _ClassVar[int]
    COL_OFFSET_FIELD_NUMBER: _ClassVar[int]
    type: str
    message: str
    stack_trace: _containers.RepeatedScalarFieldContainer[str]
    is_warning: bool
    filename: str
    lineno: int
    col_offset: int
    def __init__(self, type: _Optional[str] = ..., message: _Optional[str] = ..., stack_trace: _Optional[_Iterable[str]] = ..., is_warning: _Optional[bool] = ..., filename: _Optional[str] = ..., lineno: _Optional[int] = ..., col_offset: _Optional[int] = ...) -> None: ...

class Html(_message.Message):
    __slots__ = ("body", "unsafe_allow_javascript")
    BODY_FIELD_NUMBER: _ClassVar[int]
    UNSAFE_ALLOW_JAVASCRIPT_FIELD_NUMBER: _ClassVar[int]
    body: str
    unsafe_allow_javascript: bool
    def __init__(self, body: _Optional[str] = ..., unsafe_allow_javascript: _Optional[bool] = ...) -> None: ...

class Empty(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Progress(_message.Message):
    __slots__ = ("value", "text")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    value: int
    text: str
    def __init__(self, value: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Spinner(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class Toast(_message.Message):
    __slots__ = ("body", "icon", "duration_seconds")
    BODY_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    DURATION_SECONDS_FIELD_NUMBER: _ClassVar[int]
    body: str
    icon: str
    duration_seconds: float
    def __init__(self, body: _Optional[str] = ..., icon: _Optional[str] = ..., duration_seconds: _Optional[float] = ...) -> None: ...

class DocString(_message.Message):
    __slots__ = ("name", "type", "value", "doc_string", "members")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DOC_STRING_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: str
    value: str
    doc_string: str
    members: _containers.RepeatedCompositeFieldContainer[DocStringMember]
    def __init__(self, name: _Optional[str] = ..., type: _Optional[str] = ..., value: _Optional[str] = ..., doc_string: _Optional[str] = ..., members: _Optional[_Iterable[_Union[DocStringMember, _Mapping]]] = ...) -> None: ...

class DocStringMember(_message.Message):
    __slots__ = ("name", "type", "value", "doc_string")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DOC_STRING_FIELD_NUMBER: _ClassVar[int]
    name: str
    type: str
    value: str
    doc_string: str
    def __init__(self, name: _Optional[str] = ..., type: _Optional[str] = ..., value: _Optional[str] = ..., doc_string: _Optional[str] = ...) -> None: ...

class WidgetCommon(_message.Message):
    __slots__ = ("id", "label", "form_id", "help", "disabled", "label_visibility", "set_value", "ignore_rerun", "required", "icon")
    ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    LABEL_VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    SET_VALUE_FIELD_NUMBER: _ClassVar[int]
    IGNORE_RERUN_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    id: str
    label: str
    form_id: str
    help: str
    disabled: bool
    label_visibility: LabelVisibility
    set_value: bool
    ignore_rerun: bool
    required: bool
    icon: str
    def __init__(self, id: _Optional[str] = ..., label: _Optional[str] = ..., form_id: _Optional[str] = ..., help: _Optional[str] = ..., disabled: _Optional[bool] = ..., label_visibility: _Optional[_Union[LabelVisibility, str]] = ..., set_value: _Optional[bool] = ..., ignore_rerun: _Optional[bool] = ..., required: _Optional[bool] = ..., icon: _Optional[str] = ...) -> None: ...

class Button(_message.Message):
    __slots__ = ("common", "type", "is_form_submitter", "icon", "icon_position", "shortcut")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    IS_FORM_SUBMITTER_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICON_POSITION_FIELD_NUMBER: _ClassVar[int]
    SHORTCUT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    type: str
    is_form_submitter: bool
    icon: str
    icon_position: str
    shortcut: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., type: _Optional[str] = ..., is_form_submitter: _Optional[bool] = ..., icon: _Optional[str] = ..., icon_position: _Optional[str] = ..., shortcut: _Optional[str] = ...) -> None: ...

class Checkbox(_message.Message):
    __slots__ = ("common", "value", "style")
    class Style(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CHECKBOX: _ClassVar[Checkbox.Style]
        TOGGLE: _ClassVar[Checkbox.Style]
    CHECKBOX: Checkbox.Style
    TOGGLE: Checkbox.Style
    COMMON_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    value: bool
    style: Checkbox.Style
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., value: _Optional[bool] = ..., style: _Optional[_Union[Checkbox.Style, str]] = ...) -> None: ...

class Radio(_message.Message):
    __slots__ = ("common", "options", "has_value", "value", "horizontal", "captions")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    HORIZONTAL_FIELD_NUMBER: _ClassVar[int]
    CAPTIONS_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    options: _containers.RepeatedScalarFieldContainer[str]
    has_value: bool
    value: int
    horizontal: bool
    captions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., has_value: _Optional[bool] = ..., value: _Optional[int] = ..., horizontal: _Optional[bool] = ..., captions: _Optional[_Iterable[str]] = ...) -> None: ...

class Selectbox(_message.Message):
    __slots__ = ("common", "options", "has_value", "value", "placeholder", "accept_new_options", "filter_mode", "added_value", "clearable")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_NEW_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    FILTER_MODE_FIELD_NUMBER: _ClassVar[int]
    ADDED_VALUE_FIELD_NUMBER: _ClassVar[int]
    CLEARABLE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    options: _containers.RepeatedScalarFieldContainer[str]
    has_value: bool
    value: int
    placeholder: str
    accept_new_options: bool
    filter_mode: str
    added_value: str
    clearable: bool
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., has_value: _Optional[bool] = ..., value: _Optional[int] = ..., placeholder: _Optional[str] = ..., accept_new_options: _Optional[bool] = ..., filter_mode: _Optional[str] = ..., added_value: _Optional[str] = ..., clearable: _Optional[bool] = ...) -> None: ...

class ButtonGroup(_message.Message):
    __slots__ = ("common", "options", "value", "multi", "style", "option_icons")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MULTI_FIELD_NUMBER: _ClassVar[int]
    STYLE_FIELD_NUMBER: _ClassVar[int]
    OPTION_ICONS_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    options: _containers.RepeatedScalarFieldContainer[str]
    value: _containers.RepeatedScalarFieldContainer[int]
    multi: bool
    style: str
    option_icons: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., value: _Optional[_Iterable[int]] = ..., multi: _Optional[bool] = ..., style: _Optional[str] = ..., option_icons: _Optional[_Iterable[str]] = ...) -> None: ...

class Celebration(_message.Message):
    __slots__ = ("show",)
    SHOW_FIELD_NUMBER: _ClassVar[int]
    show: bool
    def __init__(self, show: _Optional[bool] = ...) -> None: ...

class IFrame(_message.Message):
    __slots__ = ("src", "srcdoc", "scrolling", "tab_index", "alt", "file")
    SRC_FIELD_NUMBER: _ClassVar[int]
    SRCDOC_FIELD_NUMBER: _ClassVar[int]
    SCROLLING_FIELD_NUMBER: _ClassVar[int]
    TAB_INDEX_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    src: str
    srcdoc: str
    scrolling: bool
    tab_index: int
    alt: str
    file: MediaRef
    def __init__(self, src: _Optional[str] = ..., srcdoc: _Optional[str] = ..., scrolling: _Optional[bool] = ..., tab_index: _Optional[int] = ..., alt: _Optional[str] = ..., file: _Optional[_Union[MediaRef, _Mapping]] = ...) -> None: ...

class ComponentInstance(_message.Message):
    __slots__ = ("common", "component_name", "url", "json_args", "special_args", "tab_index")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    COMPONENT_NAME_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    JSON_ARGS_FIELD_NUMBER: _ClassVar[int]
    SPECIAL_ARGS_FIELD_NUMBER: _ClassVar[int]
    TAB_INDEX_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    component_name: str
    url: str
    json_args: str
    special_args: _containers.RepeatedCompositeFieldContainer[SpecialArg]
    tab_index: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., component_name: _Optional[str] = ..., url: _Optional[str] = ..., json_args: _Optional[str] = ..., special_args: _Optional[_Iterable[_Union[SpecialArg, _Mapping]]] = ..., tab_index: _Optional[int] = ...) -> None: ...

class SpecialArg(_message.Message):
    __slots__ = ("key", "bytes", "arrow_dataframe")
    KEY_FIELD_NUMBER: _ClassVar[int]
    BYTES_FIELD_NUMBER: _ClassVar[int]
    ARROW_DATAFRAME_FIELD_NUMBER: _ClassVar[int]
    key: str
    bytes: bytes
    arrow_dataframe: ArrowTable
    def __init__(self, key: _Optional[str] = ..., bytes: _Optional[bytes] = ..., arrow_dataframe: _Optional[_Union[ArrowTable, _Mapping]] = ...) -> None: ...

class ArrowTable(_message.Message):
    __slots__ = ("data", "index", "columns")
    DATA_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    index: bytes
    columns: bytes
    def __init__(self, data: _Optional[bytes] = ..., index: _Optional[bytes] = ..., columns: _Optional[bytes] = ...) -> None: ...

class Space(_message.Message):
    __slots__ = ("size", "pixels", "rem")
    SIZE_FIELD_NUMBER: _ClassVar[int]
    PIXELS_FIELD_NUMBER: _ClassVar[int]
    REM_FIELD_NUMBER: _ClassVar[int]
    size: str
    pixels: int
    rem: float
    def __init__(self, size: _Optional[str] = ..., pixels: _Optional[int] = ..., rem: _Optional[float] = ...) -> None: ...

class Skeleton(_message.Message):
    __slots__ = ("delayed",)
    DELAYED_FIELD_NUMBER: _ClassVar[int]
    delayed: bool
    def __init__(self, delayed: _Optional[bool] = ...) -> None: ...

class Feedback(_message.Message):
    __slots__ = ("common", "type", "has_value", "value")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    type: str
    has_value: bool
    value: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., type: _Optional[str] = ..., has_value: _Optional[bool] = ..., value: _Optional[int] = ...) -> None: ...

class MultiSelect(_message.Message):
    __slots__ = ("common", "options", "value", "placeholder", "max_selections", "accept_new_options", "filter_mode", "select_all", "added")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    MAX_SELECTIONS_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_NEW_OPTIONS_FIELD_NUMBER: _ClassVar[int]
    FILTER_MODE_FIELD_NUMBER: _ClassVar[int]
    SELECT_ALL_FIELD_NUMBER: _ClassVar[int]
    ADDED_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    options: _containers.RepeatedScalarFieldContainer[str]
    value: _containers.RepeatedScalarFieldContainer[int]
    placeholder: str
    max_selections: int
    accept_new_options: bool
    filter_mode: str
    select_all: int
    added: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., value: _Optional[_Iterable[int]] = ..., placeholder: _Optional[str] = ..., max_selections: _Optional[int] = ..., accept_new_options: _Optional[bool] = ..., filter_mode: _Optional[str] = ..., select_all: _Optional[int] = ..., added: _Optional[_Iterable[str]] = ...) -> None: ...

class Slider(_message.Message):
    __slots__ = ("common", "data_type", "min", "max", "step", "value", "format", "options", "is_select_slider")
    class DataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INT: _ClassVar[Slider.DataType]
        FLOAT: _ClassVar[Slider.DataType]
        DATE: _ClassVar[Slider.DataType]
        DATETIME: _ClassVar[Slider.DataType]
        TIME: _ClassVar[Slider.DataType]
    INT: Slider.DataType
    FLOAT: Slider.DataType
    DATE: Slider.DataType
    DATETIME: Slider.DataType
    TIME: Slider.DataType
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    IS_SELECT_SLIDER_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    data_type: Slider.DataType
    min: float
    max: float
    step: float
    value: _containers.RepeatedScalarFieldContainer[float]
    format: str
    options: _containers.RepeatedScalarFieldContainer[str]
    is_select_slider: bool
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., data_type: _Optional[_Union[Slider.DataType, str]] = ..., min: _Optional[float] = ..., max: _Optional[float] = ..., step: _Optional[float] = ..., value: _Optional[_Iterable[float]] = ..., format: _Optional[str] = ..., options: _Optional[_Iterable[str]] = ..., is_select_slider: _Optional[bool] = ...) -> None: ...

class TextInput(_message.Message):
    __slots__ = ("common", "has_value", "value", "max_chars", "placeholder", "autocomplete", "type", "validate_regex", "validate_message", "live", "live_debounce_ms")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    AUTOCOMPLETE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_REGEX_FIELD_NUMBER: _ClassVar[int]
    VALIDATE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIVE_FIELD_NUMBER: _ClassVar[int]
    LIVE_DEBOUNCE_MS_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    has_value: bool
    value: str
    max_chars: int
    placeholder: str
    autocomplete: str
    type: str
    validate_regex: str
    validate_message: str
    live: bool
    live_debounce_ms: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., has_value: _Optional[bool] = ..., value: _Optional[str] = ..., max_chars: _Optional[int] = ..., placeholder: _Optional[str] = ..., autocomplete: _Optional[str] = ..., type: _Optional[str] = ..., validate_regex: _Optional[str] = ..., validate_message: _Optional[str] = ..., live: _Optional[bool] = ..., live_debounce_ms: _Optional[int] = ...) -> None: ...

class TextArea(_message.Message):
    __slots__ = ("common", "has_value", "value", "max_chars", "placeholder")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    has_value: bool
    value: str
    max_chars: int
    placeholder: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., has_value: _Optional[bool] = ..., value: _Optional[str] = ..., max_chars: _Optional[int] = ..., placeholder: _Optional[str] = ...) -> None: ...

class NumberInput(_message.Message):
    __slots__ = ("common", "data_type", "has_value", "value", "has_min", "min", "has_max", "max", "step", "format", "placeholder")
    class DataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INT: _ClassVar[NumberInput.DataType]
        FLOAT: _ClassVar[NumberInput.DataType]
    INT: NumberInput.DataType
    FLOAT: NumberInput.DataType
    COMMON_FIELD_NUMBER: _ClassVar[int]
    DATA_TYPE_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    HAS_MIN_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    HAS_MAX_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    data_type: NumberInput.DataType
    has_value: bool
    value: float
    has_min: bool
    min: float
    has_max: bool
    max: float
    step: float
    format: str
    placeholder: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., data_type: _Optional[_Union[NumberInput.DataType, str]] = ..., has_value: _Optional[bool] = ..., value: _Optional[float] = ..., has_min: _Optional[bool] = ..., min: _Optional[float] = ..., has_max: _Optional[bool] = ..., max: _Optional[float] = ..., step: _Optional[float] = ..., format: _Optional[str] = ..., placeholder: _Optional[str] = ...) -> None: ...

class DateInput(_message.Message):
    __slots__ = ("common", "value", "min", "max", "is_range", "format")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    IS_RANGE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    value: _containers.RepeatedScalarFieldContainer[str]
    min: str
    max: str
    is_range: bool
    format: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., value: _Optional[_Iterable[str]] = ..., min: _Optional[str] = ..., max: _Optional[str] = ..., is_range: _Optional[bool] = ..., format: _Optional[str] = ...) -> None: ...

class TimeInput(_message.Message):
    __slots__ = ("common", "has_value", "value", "step_seconds", "format")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    STEP_SECONDS_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    has_value: bool
    value: str
    step_seconds: int
    format: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., has_value: _Optional[bool] = ..., value: _Optional[str] = ..., step_seconds: _Optional[int] = ..., format: _Optional[str] = ...) -> None: ...

class ColorPicker(_message.Message):
    __slots__ = ("common", "value")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    value: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., value: _Optional[str] = ...) -> None: ...

class DateTimeInput(_message.Message):
    __slots__ = ("common", "has_value", "value", "min", "max", "step_seconds", "format")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    HAS_VALUE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    STEP_SECONDS_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    has_value: bool
    value: str
    min: str
    max: str
    step_seconds: int
    format: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., has_value: _Optional[bool] = ..., value: _Optional[str] = ..., min: _Optional[str] = ..., max: _Optional[str] = ..., step_seconds: _Optional[int] = ..., format: _Optional[str] = ...) -> None: ...

class MenuButton(_message.Message):
    __slots__ = ("common", "options", "type")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    options: _containers.RepeatedScalarFieldContainer[str]
    type: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., options: _Optional[_Iterable[str]] = ..., type: _Optional[str] = ...) -> None: ...

class Pagination(_message.Message):
    __slots__ = ("common", "num_pages", "value", "max_visible_pages")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    NUM_PAGES_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    MAX_VISIBLE_PAGES_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    num_pages: int
    value: int
    max_visible_pages: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., num_pages: _Optional[int] = ..., value: _Optional[int] = ..., max_visible_pages: _Optional[int] = ...) -> None: ...

class DownloadButton(_message.Message):
    __slots__ = ("common", "media_id", "file_name", "type", "icon", "rerun", "icon_position", "shortcut")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MEDIA_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    RERUN_FIELD_NUMBER: _ClassVar[int]
    ICON_POSITION_FIELD_NUMBER: _ClassVar[int]
    SHORTCUT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    media_id: str
    file_name: str
    type: str
    icon: str
    rerun: bool
    icon_position: str
    shortcut: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., media_id: _Optional[str] = ..., file_name: _Optional[str] = ..., type: _Optional[str] = ..., icon: _Optional[str] = ..., rerun: _Optional[bool] = ..., icon_position: _Optional[str] = ..., shortcut: _Optional[str] = ...) -> None: ...

class LinkButton(_message.Message):
    __slots__ = ("common", "url", "type", "icon", "icon_position", "shortcut")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    ICON_POSITION_FIELD_NUMBER: _ClassVar[int]
    SHORTCUT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    url: str
    type: str
    icon: str
    icon_position: str
    shortcut: str
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., url: _Optional[str] = ..., type: _Optional[str] = ..., icon: _Optional[str] = ..., icon_position: _Optional[str] = ..., shortcut: _Optional[str] = ...) -> None: ...

class ChatInput(_message.Message):
    __slots__ = ("common", "max_chars", "value", "accept_file", "file_type", "max_upload_size_mb", "submit_mode", "accept_audio", "audio_sample_rate")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    MAX_CHARS_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_FILE_FIELD_NUMBER: _ClassVar[int]
    FILE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_UPLOAD_SIZE_MB_FIELD_NUMBER: _ClassVar[int]
    SUBMIT_MODE_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_AUDIO_FIELD_NUMBER: _ClassVar[int]
    AUDIO_SAMPLE_RATE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    max_chars: int
    value: str
    accept_file: FileAccept
    file_type: _containers.RepeatedScalarFieldContainer[str]
    max_upload_size_mb: int
    submit_mode: str
    accept_audio: bool
    audio_sample_rate: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., max_chars: _Optional[int] = ..., value: _Optional[str] = ..., accept_file: _Optional[_Union[FileAccept, str]] = ..., file_type: _Optional[_Iterable[str]] = ..., max_upload_size_mb: _Optional[int] = ..., submit_mode: _Optional[str] = ..., accept_audio: _Optional[bool] = ..., audio_sample_rate: _Optional[int] = ...) -> None: ...

class FileUploader(_message.Message):
    __slots__ = ("common", "type", "multiple_files", "accept_directory", "max_upload_size_mb")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MULTIPLE_FILES_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_DIRECTORY_FIELD_NUMBER: _ClassVar[int]
    MAX_UPLOAD_SIZE_MB_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    type: _containers.RepeatedScalarFieldContainer[str]
    multiple_files: bool
    accept_directory: bool
    max_upload_size_mb: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., type: _Optional[_Iterable[str]] = ..., multiple_files: _Optional[bool] = ..., accept_directory: _Optional[bool] = ..., max_upload_size_mb: _Optional[int] = ...) -> None: ...

class CameraInput(_message.Message):
    __slots__ = ("common", "resolution_height")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    resolution_height: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., resolution_height: _Optional[int] = ...) -> None: ...

class AudioInput(_message.Message):
    __slots__ = ("common", "sample_rate")
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SAMPLE_RATE_FIELD_NUMBER: _ClassVar[int]
    common: WidgetCommon
    sample_rate: int
    def __init__(self, common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., sample_rate: _Optional[int] = ...) -> None: ...

class UploadedFileInfo(_message.Message):
    __slots__ = ("file_id", "name", "size")
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    name: str
    size: int
    def __init__(self, file_id: _Optional[str] = ..., name: _Optional[str] = ..., size: _Optional[int] = ...) -> None: ...

class UploadedFiles(_message.Message):
    __slots__ = ("files", "audio")
    FILES_FIELD_NUMBER: _ClassVar[int]
    AUDIO_FIELD_NUMBER: _ClassVar[int]
    files: _containers.RepeatedCompositeFieldContainer[UploadedFileInfo]
    audio: UploadedFileInfo
    def __init__(self, files: _Optional[_Iterable[_Union[UploadedFileInfo, _Mapping]]] = ..., audio: _Optional[_Union[UploadedFileInfo, _Mapping]] = ...) -> None: ...

class BackMsg(_message.Message):
    __slots__ = ("rerun", "stop", "dataframe_rows")
    RERUN_FIELD_NUMBER: _ClassVar[int]
    STOP_FIELD_NUMBER: _ClassVar[int]
    DATAFRAME_ROWS_FIELD_NUMBER: _ClassVar[int]
    rerun: RerunRequest
    stop: bool
    dataframe_rows: DataframeRowsRequest
    def __init__(self, rerun: _Optional[_Union[RerunRequest, _Mapping]] = ..., stop: _Optional[bool] = ..., dataframe_rows: _Optional[_Union[DataframeRowsRequest, _Mapping]] = ...) -> None: ...

class DataframeRowsRequest(_message.Message):
    __slots__ = ("source", "start", "end", "sort_by")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    source: str
    start: int
    end: int
    sort_by: int
    def __init__(self, source: _Optional[str] = ..., start: _Optional[int] = ..., end: _Optional[int] = ..., sort_by: _Optional[int] = ...) -> None: ...

class DataframeRows(_message.Message):
    __slots__ = ("source", "start", "sort_by", "data", "error")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    source: str
    start: int
    sort_by: int
    data: Frame
    error: str
    def __init__(self, source: _Optional[str] = ..., start: _Optional[int] = ..., sort_by: _Optional[int] = ..., data: _Optional[_Union[Frame, _Mapping]] = ..., error: _Optional[str] = ...) -> None: ...

class RerunRequest(_message.Message):
    __slots__ = ("widget_states", "fragment_id", "query_string", "page", "leaving_page", "context")
    WIDGET_STATES_FIELD_NUMBER: _ClassVar[int]
    FRAGMENT_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    LEAVING_PAGE_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    widget_states: WidgetStates
    fragment_id: str
    query_string: str
    page: str
    leaving_page: bool
    context: ClientContext
    def __init__(self, widget_states: _Optional[_Union[WidgetStates, _Mapping]] = ..., fragment_id: _Optional[str] = ..., query_string: _Optional[str] = ..., page: _Optional[str] = ..., leaving_page: _Optional[bool] = ..., context: _Optional[_Union[ClientContext, _Mapping]] = ...) -> None: ...

class ClientContext(_message.Message):
    __slots__ = ("url", "locale", "timezone", "timezone_offset", "color_scheme", "is_embedded")
    URL_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    COLOR_SCHEME_FIELD_NUMBER: _ClassVar[int]
    IS_EMBEDDED_FIELD_NUMBER: _ClassVar[int]
    url: str
    locale: str
    timezone: str
    timezone_offset: int
    color_scheme: str
    is_embedded: bool
    def __init__(self, url: _Optional[str] = ..., locale: _Optional[str] = ..., timezone: _Optional[str] = ..., timezone_offset: _Optional[int] = ..., color_scheme: _Optional[str] = ..., is_embedded: _Optional[bool] = ...) -> None: ...

class WidgetStates(_message.Message):
    __slots__ = ("widgets",)
    WIDGETS_FIELD_NUMBER: _ClassVar[int]
    widgets: _containers.RepeatedCompositeFieldContainer[WidgetState]
    def __init__(self, widgets: _Optional[_Iterable[_Union[WidgetState, _Mapping]]] = ...) -> None: ...

class WidgetState(_message.Message):
    __slots__ = ("id", "trigger_value", "bool_value", "double_value", "int_value", "string_value", "double_array_value", "int_array_value", "string_array_value", "null_value", "string_trigger_value", "file_uploader_state_value", "json_value", "bytes_value", "arrow_value", "files")
    ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_VALUE_FIELD_NUMBER: _ClassVar[int]
    BOOL_VALUE_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_VALUE_FIELD_NUMBER: _ClassVar[int]
    INT_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_VALUE_FIELD_NUMBER: _ClassVar[int]
    DOUBLE_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    INT_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_ARRAY_VALUE_FIELD_NUMBER: _ClassVar[int]
    NULL_VALUE_FIELD_NUMBER: _ClassVar[int]
    STRING_TRIGGER_VALUE_FIELD_NUMBER: _ClassVar[int]
    FILE_UPLOADER_STATE_VALUE_FIELD_NUMBER: _ClassVar[int]
    JSON_VALUE_FIELD_NUMBER: _ClassVar[int]
    BYTES_VALUE_FIELD_NUMBER: _ClassVar[int]
    ARROW_VALUE_FIELD_NUMBER: _ClassVar[int]
    FILES_FIELD_NUMBER: _ClassVar[int]
    id: str
    trigger_value: bool
    bool_value: bool
    double_value: float
    int_value: int
    string_value: str
    double_array_value: DoubleArray
    int_array_value: SInt64Array
    string_array_value: StringArray
    null_value: bool
    string_trigger_value: str
    file_uploader_state_value: UploadedFiles
    json_value: str
    bytes_value: bytes
    arrow_value: ArrowTable
    files: UploadedFiles
    def __init__(self, id: _Optional[str] = ..., trigger_value: _Optional[bool] = ..., bool_value: _Optional[bool] = ..., double_value: _Optional[float] = ..., int_value: _Optional[int] = ..., string_value: _Optional[str] = ..., double_array_value: _Optional[_Union[DoubleArray, _Mapping]] = ..., int_array_value: _Optional[_Union[SInt64Array, _Mapping]] = ..., string_array_value: _Optional[_Union[StringArray, _Mapping]] = ..., null_value: _Optional[bool] = ..., string_trigger_value: _Optional[str] = ..., file_uploader_state_value: _Optional[_Union[UploadedFiles, _Mapping]] = ..., json_value: _Optional[str] = ..., bytes_value: _Optional[bytes] = ..., arrow_value: _Optional[_Union[ArrowTable, _Mapping]] = ..., files: _Optional[_Union[UploadedFiles, _Mapping]] = ...) -> None: ...

class DoubleArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[float]
    def __init__(self, data: _Optional[_Iterable[float]] = ...) -> None: ...

class SInt64Array(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, data: _Optional[_Iterable[int]] = ...) -> None: ...

class StringArray(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, data: _Optional[_Iterable[str]] = ...) -> None: ...

class Frame(_message.Message):
    __slots__ = ("columns", "index", "range_index", "rows", "total_rows", "index_dtype")
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    RANGE_INDEX_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_ROWS_FIELD_NUMBER: _ClassVar[int]
    INDEX_DTYPE_FIELD_NUMBER: _ClassVar[int]
    columns: _containers.RepeatedCompositeFieldContainer[FrameColumn]
    index: _containers.RepeatedCompositeFieldContainer[FrameColumn]
    range_index: bool
    rows: int
    total_rows: int
    index_dtype: str
    def __init__(self, columns: _Optional[_Iterable[_Union[FrameColumn, _Mapping]]] = ..., index: _Optional[_Iterable[_Union[FrameColumn, _Mapping]]] = ..., range_index: _Optional[bool] = ..., rows: _Optional[int] = ..., total_rows: _Optional[int] = ..., index_dtype: _Optional[str] = ...) -> None: ...

class FrameColumn(_message.Message):
    __slots__ = ("name", "kind", "dtype", "ints", "int_width", "floats", "bools", "text", "text_ends", "categories", "nulls", "unit", "timezone", "display", "int_name", "name_levels", "list_datetimes")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        OBJECT: _ClassVar[FrameColumn.Kind]
        INT: _ClassVar[FrameColumn.Kind]
        FLOAT: _ClassVar[FrameColumn.Kind]
        BOOL: _ClassVar[FrameColumn.Kind]
        STRING: _ClassVar[FrameColumn.Kind]
        DATETIME: _ClassVar[FrameColumn.Kind]
        DATE: _ClassVar[FrameColumn.Kind]
        TIME: _ClassVar[FrameColumn.Kind]
        TIMEDELTA: _ClassVar[FrameColumn.Kind]
        CATEGORY: _ClassVar[FrameColumn.Kind]
        DECIMAL: _ClassVar[FrameColumn.Kind]
        LIST: _ClassVar[FrameColumn.Kind]
    OBJECT: FrameColumn.Kind
    INT: FrameColumn.Kind
    FLOAT: FrameColumn.Kind
    BOOL: FrameColumn.Kind
    STRING: FrameColumn.Kind
    DATETIME: FrameColumn.Kind
    DATE: FrameColumn.Kind
    TIME: FrameColumn.Kind
    TIMEDELTA: FrameColumn.Kind
    CATEGORY: FrameColumn.Kind
    DECIMAL: FrameColumn.Kind
    LIST: FrameColumn.Kind
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    INTS_FIELD_NUMBER: _ClassVar[int]
    INT_WIDTH_FIELD_NUMBER: _ClassVar[int]
    FLOATS_FIELD_NUMBER: _ClassVar[int]
    BOOLS_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_ENDS_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    NULLS_FIELD_NUMBER: _ClassVar[int]
    UNIT_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_FIELD_NUMBER: _ClassVar[int]
    INT_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_LEVELS_FIELD_NUMBER: _ClassVar[int]
    LIST_DATETIMES_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: FrameColumn.Kind
    dtype: str
    ints: bytes
    int_width: int
    floats: bytes
    bools: bytes
    text: bytes
    text_ends: bytes
    categories: _containers.RepeatedScalarFieldContainer[str]
    nulls: bytes
    unit: str
    timezone: str
    display: _containers.RepeatedScalarFieldContainer[str]
    int_name: bool
    name_levels: _containers.RepeatedScalarFieldContainer[str]
    list_datetimes: bool
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[FrameColumn.Kind, str]] = ..., dtype: _Optional[str] = ..., ints: _Optional[bytes] = ..., int_width: _Optional[int] = ..., floats: _Optional[bytes] = ..., bools: _Optional[bytes] = ..., text: _Optional[bytes] = ..., text_ends: _Optional[bytes] = ..., categories: _Optional[_Iterable[str]] = ..., nulls: _Optional[bytes] = ..., unit: _Optional[str] = ..., timezone: _Optional[str] = ..., display: _Optional[_Iterable[str]] = ..., int_name: _Optional[bool] = ..., name_levels: _Optional[_Iterable[str]] = ..., list_datetimes: _Optional[bool] = ...) -> None: ...

class Dataframe(_message.Message):
    __slots__ = ("data", "hide_index", "column_order", "column_config", "common", "selection_mode", "editing_mode", "disabled_columns", "placeholder", "row_height", "alt", "selection_default", "data_kinds", "index_data_kind", "lazy_source")
    class EditingMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        READ_ONLY: _ClassVar[Dataframe.EditingMode]
        FIXED: _ClassVar[Dataframe.EditingMode]
        DYNAMIC: _ClassVar[Dataframe.EditingMode]
        ADD: _ClassVar[Dataframe.EditingMode]
        DELETE: _ClassVar[Dataframe.EditingMode]
    READ_ONLY: Dataframe.EditingMode
    FIXED: Dataframe.EditingMode
    DYNAMIC: Dataframe.EditingMode
    ADD: Dataframe.EditingMode
    DELETE: Dataframe.EditingMode
    DATA_FIELD_NUMBER: _ClassVar[int]
    HIDE_INDEX_FIELD_NUMBER: _ClassVar[int]
    COLUMN_ORDER_FIELD_NUMBER: _ClassVar[int]
    COLUMN_CONFIG_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODE_FIELD_NUMBER: _ClassVar[int]
    EDITING_MODE_FIELD_NUMBER: _ClassVar[int]
    DISABLED_COLUMNS_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDER_FIELD_NUMBER: _ClassVar[int]
    ROW_HEIGHT_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    SELECTION_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    DATA_KINDS_FIELD_NUMBER: _ClassVar[int]
    INDEX_DATA_KIND_FIELD_NUMBER: _ClassVar[int]
    LAZY_SOURCE_FIELD_NUMBER: _ClassVar[int]
    data: Frame
    hide_index: bool
    column_order: _containers.RepeatedScalarFieldContainer[str]
    column_config: str
    common: WidgetCommon
    selection_mode: _containers.RepeatedScalarFieldContainer[str]
    editing_mode: Dataframe.EditingMode
    disabled_columns: _containers.RepeatedScalarFieldContainer[str]
    placeholder: str
    row_height: int
    alt: str
    selection_default: str
    data_kinds: _containers.RepeatedScalarFieldContainer[str]
    index_data_kind: str
    lazy_source: str
    def __init__(self, data: _Optional[_Union[Frame, _Mapping]] = ..., hide_index: _Optional[bool] = ..., column_order: _Optional[_Iterable[str]] = ..., column_config: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ..., selection_mode: _Optional[_Iterable[str]] = ..., editing_mode: _Optional[_Union[Dataframe.EditingMode, str]] = ..., disabled_columns: _Optional[_Iterable[str]] = ..., placeholder: _Optional[str] = ..., row_height: _Optional[int] = ..., alt: _Optional[str] = ..., selection_default: _Optional[str] = ..., data_kinds: _Optional[_Iterable[str]] = ..., index_data_kind: _Optional[str] = ..., lazy_source: _Optional[str] = ...) -> None: ...

class Table(_message.Message):
    __slots__ = ("data", "hide_index", "hide_header", "border", "alt")
    DATA_FIELD_NUMBER: _ClassVar[int]
    HIDE_INDEX_FIELD_NUMBER: _ClassVar[int]
    HIDE_HEADER_FIELD_NUMBER: _ClassVar[int]
    BORDER_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    data: Frame
    hide_index: bool
    hide_header: bool
    border: bool
    alt: str
    def __init__(self, data: _Optional[_Union[Frame, _Mapping]] = ..., hide_index: _Optional[bool] = ..., hide_header: _Optional[bool] = ..., border: _Optional[bool] = ..., alt: _Optional[str] = ...) -> None: ...

class VegaLiteChart(_message.Message):
    __slots__ = ("spec", "datasets", "theme", "alt", "use_container_width", "id", "selection_mode", "form_id", "common")
    SPEC_FIELD_NUMBER: _ClassVar[int]
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    USE_CONTAINER_WIDTH_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODE_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    spec: str
    datasets: _containers.RepeatedCompositeFieldContainer[ChartDataset]
    theme: str
    alt: str
    use_container_width: bool
    id: str
    selection_mode: _containers.RepeatedScalarFieldContainer[str]
    form_id: str
    common: WidgetCommon
    def __init__(self, spec: _Optional[str] = ..., datasets: _Optional[_Iterable[_Union[ChartDataset, _Mapping]]] = ..., theme: _Optional[str] = ..., alt: _Optional[str] = ..., use_container_width: _Optional[bool] = ..., id: _Optional[str] = ..., selection_mode: _Optional[_Iterable[str]] = ..., form_id: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ...) -> None: ...

class Pyplot(_message.Message):
    __slots__ = ("url", "alt", "decorative")
    URL_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    DECORATIVE_FIELD_NUMBER: _ClassVar[int]
    url: str
    alt: str
    decorative: bool
    def __init__(self, url: _Optional[str] = ..., alt: _Optional[str] = ..., decorative: _Optional[bool] = ...) -> None: ...

class MediaRef(_message.Message):
    __slots__ = ("url", "media_id", "caption", "alt", "decorative")
    URL_FIELD_NUMBER: _ClassVar[int]
    MEDIA_ID_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    DECORATIVE_FIELD_NUMBER: _ClassVar[int]
    url: str
    media_id: str
    caption: str
    alt: str
    decorative: bool
    def __init__(self, url: _Optional[str] = ..., media_id: _Optional[str] = ..., caption: _Optional[str] = ..., alt: _Optional[str] = ..., decorative: _Optional[bool] = ...) -> None: ...

class PdfViewer(_message.Message):
    __slots__ = ("file", "key")
    FILE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    file: MediaRef
    key: str
    def __init__(self, file: _Optional[_Union[MediaRef, _Mapping]] = ..., key: _Optional[str] = ...) -> None: ...

class ImageList(_message.Message):
    __slots__ = ("imgs", "link")
    IMGS_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    imgs: _containers.RepeatedCompositeFieldContainer[MediaRef]
    link: str
    def __init__(self, imgs: _Optional[_Iterable[_Union[MediaRef, _Mapping]]] = ..., link: _Optional[str] = ...) -> None: ...

class MediaPlayer(_message.Message):
    __slots__ = ("source", "start_time", "end_time", "loop", "autoplay", "muted", "subtitles", "youtube")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    LOOP_FIELD_NUMBER: _ClassVar[int]
    AUTOPLAY_FIELD_NUMBER: _ClassVar[int]
    MUTED_FIELD_NUMBER: _ClassVar[int]
    SUBTITLES_FIELD_NUMBER: _ClassVar[int]
    YOUTUBE_FIELD_NUMBER: _ClassVar[int]
    source: MediaRef
    start_time: int
    end_time: int
    loop: bool
    autoplay: bool
    muted: bool
    subtitles: _containers.RepeatedCompositeFieldContainer[MediaRef]
    youtube: bool
    def __init__(self, source: _Optional[_Union[MediaRef, _Mapping]] = ..., start_time: _Optional[int] = ..., end_time: _Optional[int] = ..., loop: _Optional[bool] = ..., autoplay: _Optional[bool] = ..., muted: _Optional[bool] = ..., subtitles: _Optional[_Iterable[_Union[MediaRef, _Mapping]]] = ..., youtube: _Optional[bool] = ...) -> None: ...

class Logo(_message.Message):
    __slots__ = ("image", "icon_image", "link", "size", "image_text", "icon_text")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    ICON_IMAGE_FIELD_NUMBER: _ClassVar[int]
    LINK_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TEXT_FIELD_NUMBER: _ClassVar[int]
    ICON_TEXT_FIELD_NUMBER: _ClassVar[int]
    image: MediaRef
    icon_image: MediaRef
    link: str
    size: str
    image_text: str
    icon_text: str
    def __init__(self, image: _Optional[_Union[MediaRef, _Mapping]] = ..., icon_image: _Optional[_Union[MediaRef, _Mapping]] = ..., link: _Optional[str] = ..., size: _Optional[str] = ..., image_text: _Optional[str] = ..., icon_text: _Optional[str] = ...) -> None: ...

class GraphvizChart(_message.Message):
    __slots__ = ("spec", "engine", "alt")
    SPEC_FIELD_NUMBER: _ClassVar[int]
    ENGINE_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    spec: str
    engine: str
    alt: str
    def __init__(self, spec: _Optional[str] = ..., engine: _Optional[str] = ..., alt: _Optional[str] = ...) -> None: ...

class PlotlyChart(_message.Message):
    __slots__ = ("spec", "config", "theme", "alt", "id", "selection_mode", "form_id", "common")
    SPEC_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODE_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    spec: str
    config: str
    theme: str
    alt: str
    id: str
    selection_mode: _containers.RepeatedScalarFieldContainer[str]
    form_id: str
    common: WidgetCommon
    def __init__(self, spec: _Optional[str] = ..., config: _Optional[str] = ..., theme: _Optional[str] = ..., alt: _Optional[str] = ..., id: _Optional[str] = ..., selection_mode: _Optional[_Iterable[str]] = ..., form_id: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ...) -> None: ...

class DeckGlJsonChart(_message.Message):
    __slots__ = ("json", "tooltip", "mapbox_token", "alt", "id", "selection_mode", "form_id", "common")
    JSON_FIELD_NUMBER: _ClassVar[int]
    TOOLTIP_FIELD_NUMBER: _ClassVar[int]
    MAPBOX_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    SELECTION_MODE_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    json: str
    tooltip: str
    mapbox_token: str
    alt: str
    id: str
    selection_mode: _containers.RepeatedScalarFieldContainer[str]
    form_id: str
    common: WidgetCommon
    def __init__(self, json: _Optional[str] = ..., tooltip: _Optional[str] = ..., mapbox_token: _Optional[str] = ..., alt: _Optional[str] = ..., id: _Optional[str] = ..., selection_mode: _Optional[_Iterable[str]] = ..., form_id: _Optional[str] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ...) -> None: ...

class EChartsChart(_message.Message):
    __slots__ = ("spec", "theme", "id", "form_id", "selection_activated", "renderer", "alt", "datasets", "common")
    class Renderer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CANVAS: _ClassVar[EChartsChart.Renderer]
        SVG: _ClassVar[EChartsChart.Renderer]
    CANVAS: EChartsChart.Renderer
    SVG: EChartsChart.Renderer
    SPEC_FIELD_NUMBER: _ClassVar[int]
    THEME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    FORM_ID_FIELD_NUMBER: _ClassVar[int]
    SELECTION_ACTIVATED_FIELD_NUMBER: _ClassVar[int]
    RENDERER_FIELD_NUMBER: _ClassVar[int]
    ALT_FIELD_NUMBER: _ClassVar[int]
    DATASETS_FIELD_NUMBER: _ClassVar[int]
    COMMON_FIELD_NUMBER: _ClassVar[int]
    spec: str
    theme: str
    id: str
    form_id: str
    selection_activated: bool
    renderer: EChartsChart.Renderer
    alt: str
    datasets: _containers.RepeatedCompositeFieldContainer[ChartDataset]
    common: WidgetCommon
    def __init__(self, spec: _Optional[str] = ..., theme: _Optional[str] = ..., id: _Optional[str] = ..., form_id: _Optional[str] = ..., selection_activated: _Optional[bool] = ..., renderer: _Optional[_Union[EChartsChart.Renderer, str]] = ..., alt: _Optional[str] = ..., datasets: _Optional[_Iterable[_Union[ChartDataset, _Mapping]]] = ..., common: _Optional[_Union[WidgetCommon, _Mapping]] = ...) -> None: ...

class ChartDataset(_message.Message):
    __slots__ = ("name", "columns")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLUMNS_FIELD_NUMBER: _ClassVar[int]
    name: str
    columns: str
    def __init__(self, name: _Optional[str] = ..., columns: _Optional[str] = ...) -> None: ...

class Navigation(_message.Message):
    __slots__ = ("pages", "current_url_path", "position", "expanded", "visible_items", "page_not_found", "same_pages", "switched")
    class Position(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SIDEBAR: _ClassVar[Navigation.Position]
        TOP: _ClassVar[Navigation.Position]
        HIDDEN: _ClassVar[Navigation.Position]
    SIDEBAR: Navigation.Position
    TOP: Navigation.Position
    HIDDEN: Navigation.Position
    PAGES_FIELD_NUMBER: _ClassVar[int]
    CURRENT_URL_PATH_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    EXPANDED_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_ITEMS_FIELD_NUMBER: _ClassVar[int]
    PAGE_NOT_FOUND_FIELD_NUMBER: _ClassVar[int]
    SAME_PAGES_FIELD_NUMBER: _ClassVar[int]
    SWITCHED_FIELD_NUMBER: _ClassVar[int]
    pages: _containers.RepeatedCompositeFieldContainer[AppPage]
    current_url_path: str
    position: Navigation.Position
    expanded: bool
    visible_items: int
    page_not_found: str
    same_pages: bool
    switched: bool
    def __init__(self, pages: _Optional[_Iterable[_Union[AppPage, _Mapping]]] = ..., current_url_path: _Optional[str] = ..., position: _Optional[_Union[Navigation.Position, str]] = ..., expanded: _Optional[bool] = ..., visible_items: _Optional[int] = ..., page_not_found: _Optional[str] = ..., same_pages: _Optional[bool] = ..., switched: _Optional[bool] = ...) -> None: ...

class AppPage(_message.Message):
    __slots__ = ("title", "icon", "url_path", "section", "is_default", "hidden", "help", "external_url")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    URL_PATH_FIELD_NUMBER: _ClassVar[int]
    SECTION_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    HIDDEN_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_URL_FIELD_NUMBER: _ClassVar[int]
    title: str
    icon: str
    url_path: str
    section: str
    is_default: bool
    hidden: bool
    help: str
    external_url: str
    def __init__(self, title: _Optional[str] = ..., icon: _Optional[str] = ..., url_path: _Optional[str] = ..., section: _Optional[str] = ..., is_default: _Optional[bool] = ..., hidden: _Optional[bool] = ..., help: _Optional[str] = ..., external_url: _Optional[str] = ...) -> None: ...

class PageLink(_message.Message):
    __slots__ = ("page", "label", "icon", "help", "disabled", "external", "query_string", "icon_position")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    HELP_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_FIELD_NUMBER: _ClassVar[int]
    QUERY_STRING_FIELD_NUMBER: _ClassVar[int]
    ICON_POSITION_FIELD_NUMBER: _ClassVar[int]
    page: str
    label: str
    icon: str
    help: str
    disabled: bool
    external: bool
    query_string: str
    icon_position: str
    def __init__(self, page: _Optional[str] = ..., label: _Optional[str] = ..., icon: _Optional[str] = ..., help: _Optional[str] = ..., disabled: _Optional[bool] = ..., external: _Optional[bool] = ..., query_string: _Optional[str] = ..., icon_position: _Optional[str] = ...) -> None: ...
