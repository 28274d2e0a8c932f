"""``ajar CMD ...`` builds only CMD's options (``cli._app_for``): what it prints and exits is the whole app's."""

from __future__ import annotations

import typer.main
from typer.testing import CliRunner

from ajar import cli


def _names() -> list[str]:
    return [i.name or typer.main.get_command_name(i.callback.__name__) for i in cli.app.registered_commands
            if i.callback is not None]  # fmt: skip


def test_every_top_level_command_gets_an_app_of_its_own() -> None:
    names = _names()
    assert {"scan", "report", "probes", "detectors", "diff"} <= set(names)
    for name in names:
        one = cli._app_for([name])
        assert one is not cli.app and [c.callback for c in one.registered_commands] == [
            c.callback for c in cli.app.registered_commands if c.callback is not None and name in (
                c.name, typer.main.get_command_name(c.callback.__name__))]  # fmt: skip
        assert one.registered_callback is cli.app.registered_callback and not one.registered_groups
    assert len(cli.app.registered_commands) == len(names) and cli.app.registered_groups  # the app is unchanged
    for first in ([], ["--help"], ["--version"], ["users"], ["scna"], ["-o"]):
        assert cli._app_for(first) is cli.app


def test_each_command_says_the_same_as_in_the_whole_app() -> None:
    runner = CliRunner()
    for name in _names():
        for args in ([name, "--help"], [name, "--no-such-option"]):  # nothing runs
            whole = runner.invoke(cli.app, args, prog_name="ajar", terminal_width=100)
            one = runner.invoke(cli._app_for([name]), args, prog_name="ajar", terminal_width=100)
            assert (one.exit_code, one.output) == (whole.exit_code, whole.output), args
