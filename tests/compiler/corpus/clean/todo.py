"""A to-do list: keyed widgets in a loop, callbacks with args, a form for new items."""

import streamlit as st

st.set_page_config(page_title="To-do", page_icon="✅")
st.session_state.setdefault("todos", [])


def add_todo() -> None:
    text = st.session_state.new_todo.strip()
    if text:
        st.session_state.todos.append({"text": text, "done": False})
    st.session_state.new_todo = ""


def remove(index: int) -> None:
    st.session_state.todos.pop(index)


def toggle(index: int) -> None:
    st.session_state.todos[index]["done"] = not st.session_state.todos[index]["done"]


st.title("To-do")
with st.form("add", clear_on_submit=False):
    st.text_input("New item", key="new_todo")
    st.form_submit_button("Add", on_click=add_todo)

for i, todo in enumerate(st.session_state.todos):
    left, right = st.columns([5, 1])
    left.checkbox(todo["text"], value=todo["done"], key=f"done_{i}", on_change=toggle, args=(i,))
    right.button("🗑", key=f"remove_{i}", on_click=remove, args=(i,))

done = sum(t["done"] for t in st.session_state.todos)
st.caption(f"{done} of {len(st.session_state.todos)} done")
