"""`eulac-desktop --self-check` (ui/selfcheck.py): what `make dist-check` asks the built app, tried from the sources."""

from __future__ import annotations

import json

from eulac_desktop.ui.app import main, parse_args
from eulac_desktop.ui.selfcheck import CODE


def test_the_self_check_loads_the_camera_backend_reads_a_frame_renders_prints_and_sorts(qapp, capsys) -> None:
    assert parse_args(["--self-check"])[0].self_check
    assert main(["--self-check"]) == 0
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["camera_decoders"] > 0
    assert result["webcam_decoded"] == [CODE]
    assert (result["pdf_pages"], result["printed_pages"]) == (1, 1)
    assert {"svg", "png", "jpeg"} <= set(result["image_formats"])
    assert result["sorted_names"]["es"] == ["Álvaro", "Ana", "Çelik", "Émile", "Nuno", "Ñandú", "Zoe"]
    for lang in ("pt", "fr", "en"):
        assert result["sorted_names"][lang] == ["Álvaro", "Ana", "Çelik", "Émile", "Ñandú", "Nuno", "Zoe"]
    assert result["zone_names"] == {"es": "hora estándar de Perú", "pt": "Horário Padrão do Peru",
                                    "fr": "heure normale du Pérou", "en": "Peru Standard Time"}
