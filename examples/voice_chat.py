import streamlit as st

st.title("Voice chat")

# accept_audio: the microphone button records a voice message, sent as WAV with the typed text.
prompt = st.chat_input("Say or record something", accept_audio=True, audio_sample_rate=22050)
if prompt is None:
    st.write("No message yet")
else:
    st.write(f"Text: {prompt.text!r}")
    if prompt.audio is None:
        st.write("No audio")
    else:
        wav = prompt.audio.getvalue()
        rate = int.from_bytes(wav[24:28], "little")
        st.write(f"Audio {prompt.audio.name}: {prompt.audio.type}, {wav[:4].decode()} at {rate} Hz")
