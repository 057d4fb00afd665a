import streamlit as st

st.title("Uploads")

data = st.file_uploader("Upload a CSV", type=["csv"], max_upload_size=1)
if data is None:
    st.write("No CSV yet")
else:
    first = data.getvalue().decode().splitlines()[0]
    st.write(f"Got {data.name}: {data.size} bytes, first line {first}")

many = st.file_uploader("Upload several", accept_multiple_files=True)
st.write(f"{len(many)} file(s): {', '.join(f.name for f in many)}")

message = st.chat_input("Say something", accept_file="multiple", file_type=["txt"])
if message:
    files = ", ".join(f"{f.name} ({f.size} bytes)" for f in message.files)
    st.write(f"You sent '{message.text}' with {files or 'no files'}")
