"""The jinja2 templates (page shell, static-site index and 404 page, Pages workflow), shipped
as package data of `stbundle.templates` so an installed wheel can render them."""
