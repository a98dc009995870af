"""On a PC without any Chinese font the frozen console registers the font it ships, and Chinese is drawn
as characters, not as boxes (run in a child process whose fontconfig sees no fonts at all)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")   # what `make bundle` ships

CHILD = """
import json, sys
from pathlib import Path
sys._MEIPASS = sys.argv[1]                 # the frozen bundle's folder, with fonts/ in it
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication
import launcher

app = QApplication([])

def draw(text):
    image = QImage(360, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = QFont(["WenQuanYi Micro Hei", "sans-serif"])
    font.setPixelSize(32)
    painter.setFont(font)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image

before = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
added = launcher.register_bundled_fonts_if_needed()
again = launcher.register_bundled_fonts_if_needed()
first, second = draw("反诈专线工作台"), draw("紧急止付预警处")
first.save(sys.argv[3])
print(json.dumps({"before": before, "added": added, "again": again, "differ": first != second,
                  "after": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not SYSTEM_FONT.exists(), reason="fonts-wqy-microhei is not installed (the set-up installs it)")
def test_the_bundled_font_stands_in_when_the_pc_has_no_chinese_font(tmp_path: Path):
    bundle = tmp_path / "bundle"
    (bundle / "fonts").mkdir(parents=True)
    (bundle / "fonts" / SYSTEM_FONT.name).symlink_to(SYSTEM_FONT)
    conf = tmp_path / "fonts.conf"          # fontconfig with no font folder: a PC without fonts
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
                    encoding="utf-8")
    png = tmp_path / "chinese.png"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "FONTCONFIG_FILE": str(conf), "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(bundle), str(ROOT / "packaging"), str(png)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["before"] == []
    assert "WenQuanYi Micro Hei" in found["added"]
    assert found["again"] == [], "registered once: a Chinese font is known after the first time"
    assert "WenQuanYi Micro Hei" in found["after"]
    # Two different strings draw differently: glyphs, not the same row of empty boxes.
    assert found["differ"] is True
    assert png.stat().st_size > 0
