"""A page styled by a style-only st.html, with a fragment that fills a card made outside it.

The <style> block takes no place in the page (Streamlit puts it in the event area); indented
HTML is dedented first. The fragment writes into `card.container()`: its reruns replace the
card's content in place, between the lines written before and after it.
"""

import streamlit as st

st.title("Card")
st.html("<style>.note { color: rgb(200, 0, 0); }</style>")
st.html(
    """
    <p class="note">Styled note</p>
    <pre class="poem">line one
        line two</pre>
    """
)
st.write("Before the card")
card = st.empty()
st.write("After the card")
st.session_state.setdefault("card_runs", 0)


@st.fragment
def fill_card() -> None:
    st.session_state.card_runs += 1
    with card.container(border=True):
        st.write(f"Card run {st.session_state.card_runs}")
        st.button("Refresh card")


fill_card()
st.help(fill_card)
