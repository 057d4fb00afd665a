"""A pydeck map whose clicked objects rerun the app (serve mode: pydeck is not in Pyodide)."""

import pydeck as pdk
import streamlit as st

cities = [
    {"name": "Lyon", "lat": 45.76, "lon": 4.84},
    {"name": "Paris", "lat": 48.86, "lon": 2.35},
]
layer = pdk.Layer(
    "ScatterplotLayer",
    cities,
    id="cities",
    get_position="[lon, lat]",
    get_radius=1000,
    radius_min_pixels=25,
    get_fill_color=[255, 0, 0],
    pickable=True,
)
view = pdk.ViewState(latitude=45.76, longitude=4.84, zoom=9)
deck = pdk.Deck(layers=[layer], initial_view_state=view, map_style=None)
event = st.pydeck_chart(deck, on_select="rerun", key="map", alt="Cities", height=300)
picked = event.selection.objects.get("cities", [])
st.text(f"picked: {[city['name'] for city in picked]}")
st.text(f"indices: {event.selection.indices}")
