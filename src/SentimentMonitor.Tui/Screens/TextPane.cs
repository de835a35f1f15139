using SentimentMonitor.Core.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// Read-only text that wraps at the view's width (by display columns, so wide characters never straddle the edge)
/// and scrolls with the arrow and page keys. Text must already be sanitized.
/// </summary>
public sealed class TextPane : View
{
    private IReadOnlyList<string> _lines = [];
    private int _top;

    public TextPane()
    {
        CanFocus = true;
        AddCommand(Command.Up, () => ScrollBy(-1));
        AddCommand(Command.Down, () => ScrollBy(1));
        AddCommand(Command.PageUp, () => ScrollBy(-Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.PageDown, () => ScrollBy(Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.Start, () => ScrollBy(int.MinValue / 2));
        AddCommand(Command.End, () => ScrollBy(int.MaxValue / 2));
        KeyBindings.Add(Key.CursorUp, Command.Up);
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.PageUp, Command.PageUp);
        KeyBindings.Add(Key.PageDown, Command.PageDown);
        KeyBindings.Add(Key.Home, Command.Start);
        KeyBindings.Add(Key.End, Command.End);
    }

    /// <summary>The unwrapped lines.</summary>
    public IReadOnlyList<string> Lines
    {
        get => _lines;
        set
        {
            // Emoji sequences reduced to single code points: terminals agree on their width, so borders stay put.
            _lines = (value ?? []).Select(TextWidth.Normalize).ToArray();
            SetNeedsDraw();
        }
    }

    /// <summary>All lines joined with '\n'.</summary>
    public new string Text => string.Join('\n', _lines);

    /// <summary>Splits one line into pieces of at most <paramref name="width"/> columns, at spaces when possible.</summary>
    public static IEnumerable<string> Wrap(string line, int width)
    {
        if (width <= 0)
            yield break;
        string rest = line;
        while (TextWidth.Of(rest) > width)
        {
            int cut = 0, columns = 0, lastSpace = -1;
            foreach (System.Text.Rune rune in rest.EnumerateRunes())
            {
                int w = TextWidth.Of(rune);
                if (columns + w > width)
                    break;
                columns += w;
                cut += rune.Utf16SequenceLength;
                if (rune.Value == ' ')
                    lastSpace = cut;
            }
            int at = lastSpace > 0 ? lastSpace : Math.Max(cut, 1);
            yield return rest[..at].TrimEnd();
            rest = rest[at..];
        }
        yield return rest;
    }

    private List<string> Wrapped() => _lines.SelectMany(l => Wrap(l, Viewport.Width)).ToList();

    private bool ScrollBy(int delta)
    {
        int max = Math.Max(0, Wrapped().Count - Viewport.Height);
        _top = (int)Math.Clamp((long)_top + delta, 0, max);
        SetNeedsDraw();
        return true;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        List<string> wrapped = Wrapped();
        _top = Math.Clamp(_top, 0, Math.Max(0, wrapped.Count - Viewport.Height));
        SetAttributeForRole(HasFocus ? Terminal.Gui.Drawing.VisualRole.Normal : Terminal.Gui.Drawing.VisualRole.Normal);
        for (int row = 0; row < Viewport.Height; row++)
        {
            string text = _top + row < wrapped.Count ? wrapped[_top + row] : "";
            Move(0, row);
            AddStr(TextWidth.Fit(text, Viewport.Width));
        }
        return true;
    }
}
