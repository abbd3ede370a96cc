"""The check, made before Qt loads, for the X11 libraries Qt's xcb plugin needs."""

import ctypes
from pathlib import Path

import pytest

from briefing_studio import desktop_libs

# What ldd prints for the plugin on a system without two of them (Debian 12, trimmed).
LDD_MISSING_TWO = """\
\tlinux-vdso.so.1 (0x00007fe2005fe000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7fe2)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007fe1ff967000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007fe1ff95f000)
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007fe1fe81e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007fe200600000)
"""


@pytest.fixture
def x_session(monkeypatch):
    """An X11 session where Qt would load its xcb plugin."""
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr("sys.platform", "linux")


@pytest.fixture
def fake_ldd(monkeypatch):
    """ldd answering with the given output; records the library it was asked about."""
    asked = []

    def answer(output):
        def run(library):
            asked.append(library)
            return output

        monkeypatch.setattr(desktop_libs, "run_ldd", run)
        return asked

    return answer


def test_the_libraries_ldd_cannot_find_are_named_once_each_in_order():
    assert desktop_libs.not_found(LDD_MISSING_TWO) == ["libxcb-icccm.so.4",
                                                       "libxcb-keysyms.so.1"]
    assert desktop_libs.not_found("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_message_names_the_libraries_and_the_command_that_installs_them():
    message = desktop_libs.missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "\n" not in message
    assert message == (
        "Qt cannot open a window: the X11 libraries libxcb-icccm.so.4, libxcb-keysyms.so.1 "
        "are missing; install them with 'sudo apt-get install libxcb-icccm4 libxcb-keysyms1' "
        "(in a source checkout, 'make run' installs them when run as root)")


def test_a_library_no_known_package_provides_is_still_named():
    message = desktop_libs.missing_message(["libxcb-cursor.so.0", "libfancy.so.3"])
    assert "'sudo apt-get install libxcb-cursor0' and the packages that provide " \
           "libfancy.so.3" in message


def test_missing_libraries_are_found_on_the_plugin_through_ldd(fake_ldd, x_session):
    asked = fake_ldd(LDD_MISSING_TWO)
    problem = desktop_libs.desktop_problem()
    assert problem is not None and "libxcb-icccm4 libxcb-keysyms1" in problem
    assert asked == [desktop_libs.xcb_plugin()]
    assert asked[0].name == "libqxcb.so" and asked[0].is_file()


@pytest.mark.parametrize(("environ", "platform", "used"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "darwin", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_the_check_is_made_only_where_qt_will_load_its_xcb_plugin(environ, platform, used):
    assert desktop_libs.xcb_will_be_used(environ, platform) is used


def test_nothing_is_checked_where_xcb_is_not_used(fake_ldd, x_session, monkeypatch):
    asked = fake_ldd(LDD_MISSING_TWO)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert desktop_libs.desktop_problem() is None
    assert asked == []


def test_without_ldd_the_check_is_skipped(x_session, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a folder without ldd
    assert desktop_libs.run_ldd(Path("/bin/sh")) is None
    assert desktop_libs.desktop_problem() is None


def test_the_packaging_script_learns_the_packages_to_install(fake_ldd, capsys):
    fake_ldd(LDD_MISSING_TWO)
    assert desktop_libs.main() == 0
    assert capsys.readouterr().out == "libxcb-icccm4 libxcb-keysyms1\n"


def loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def test_on_this_machine_the_check_finds_exactly_what_the_loader_lacks():
    plugin = desktop_libs.xcb_plugin()
    assert plugin is not None
    found = desktop_libs.missing_libraries(plugin)
    lacking = [name for name in desktop_libs.DEBIAN_PACKAGES if not loadable(name)]
    assert set(found) == set(lacking)
    assert found == []  # this machine has Qt's X11 libraries (make run installs them)
