"""Make the check-in sounds (resources/sounds/*.wav): short, distinct, not shrill.

    .venv/bin/python tools/make_sounds.py

checked_in: two rising notes; already: one middle note twice; refused: a low falling buzz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.35, shape: str = "sine") -> list[float]:
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, i / (0.01 * RATE), (n - i) / (0.03 * RATE))  # no clicks
        wave_value = math.sin(2 * math.pi * freq * t)
        if shape == "buzz":
            wave_value = 0.6 * wave_value + 0.4 * math.sin(2 * math.pi * freq * 1.5 * t)
        out.append(volume * envelope * wave_value)
    return out


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(OUT / f"{name}.wav"), "wb") as fh:
        fh.setnchannels(1)
        fh.setsampwidth(2)
        fh.setframerate(RATE)
        fh.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write("checked_in", tone(660, 0.12) + tone(990, 0.18))
    write("already", tone(740, 0.12) + [0.0] * int(RATE * 0.06) + tone(740, 0.12))
    write("refused", tone(220, 0.18, shape="buzz") + tone(165, 0.28, shape="buzz"))


if __name__ == "__main__":
    main()
