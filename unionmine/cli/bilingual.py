"""The one bilingual form of the command line's messages (`zh`: the Chinese after the English on the
same line), and click's own usage errors (a missing argument, an unknown option or command, a bad
value) put in that form: a district officer reads the Chinese, a script still finds click's English
and the exit code stays 2."""

from __future__ import annotations

import click


def zh(key: str, **values) -> str:
    """The Chinese of a command-line message (``[cli_text]`` of data/labels.toml), to print after the
    English on the same line, in full-width brackets: a district officer reads it, a script still
    finds the English."""
    from ..labels import say  # deferred: --help stays fast without pandas

    return f" （{say(key, **values)}）"


class BilingualGroup(click.Group):
    """The command group: every click.UsageError raised while parsing the group's or a command's
    arguments, or by a command, gets its Chinese on the same 'Error:' line."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.UsageError as exc:
            add_chinese(exc)
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            add_chinese(exc)
            raise


def add_chinese(exc: click.UsageError) -> None:
    """Append the Chinese of EXC to the message click prints (once; its class and exit code unchanged)."""
    if isinstance(exc, click.exceptions.NoArgsIsHelpError) or getattr(exc, "chinese", None):
        return
    exc.chinese = chinese_of(exc)
    english = exc.format_message
    exc.format_message = lambda: english() + zh("cli_text.usage", what=exc.chinese, command=_command(exc))


def chinese_of(exc: click.UsageError) -> str:
    """The Chinese of one usage error, from what click knows about it (not from its English text)."""
    from ..labels import say  # deferred: --help stays fast

    if isinstance(exc, click.exceptions.MissingParameter):
        return say("cli_text.usage_missing", name=_param(exc))
    if isinstance(exc, click.BadParameter):
        return say("cli_text.usage_bad_value", name=_param(exc))
    if isinstance(exc, click.NoSuchOption):
        near = "、".join(exc.possibilities or ())
        return say("cli_text.usage_no_option", name=exc.option_name) + (
            say("cli_text.usage_near", near=near) if near else "")
    if isinstance(exc, click.exceptions.NoSuchCommand):
        commands = "、".join(sorted(exc.ctx.command.list_commands(exc.ctx))) if exc.ctx else ""
        return say("cli_text.usage_no_command", name=exc.command_name, commands=commands)
    if isinstance(exc, click.BadOptionUsage):
        return say("cli_text.usage_option", name=exc.option_name)
    if isinstance(exc, click.BadArgumentUsage):
        return say("cli_text.usage_argument")
    return say("cli_text.usage_other")


def _param(exc: click.BadParameter) -> str:
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(hint)
    if exc.param is not None:
        return exc.param.get_error_hint(exc.ctx)
    return ""


def _command(exc: click.UsageError) -> str:
    return exc.ctx.command_path if exc.ctx else "unionmine"
