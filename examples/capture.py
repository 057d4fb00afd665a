import streamlit as st

st.title("Capture")

photo = st.camera_input("Take a picture")
if photo is None:
    st.write("No photo yet")
else:
    head = photo.getvalue()[:2].hex()
    st.write(f"Photo {photo.name}: {photo.type}, JPEG start {head}, {photo.size} bytes")

voice = st.audio_input("Record a voice message", sample_rate=16000)
if voice is None:
    st.write("No recording yet")
else:
    wav = voice.getvalue()
    rate = int.from_bytes(wav[24:28], "little")
    st.write(f"Recording {voice.name}: {voice.type}, {wav[:4].decode()} at {rate} Hz")
