using Terminal.Gui.Views;

namespace SentimentMonitor.Tui.Screens;

/// <summary>Binding rows to a TableView while keeping the selected row and scroll position across refreshes.</summary>
internal static class Tables
{
    public static TableView Create() => new()
    {
        FullRowSelect = true,
        Style = new TableStyle
        {
            ShowHorizontalHeaderOverline = false,
            ShowHorizontalBottomLine = false,
            ShowVerticalCellLineForFirstColumn = false,
            ShowVerticalCellLineForLastColumn = false,
            ExpandLastColumn = true,
        },
    };

    public static void Bind<T>(TableView table, IReadOnlyList<T> rows, Dictionary<string, Func<T, object>> columns)
    {
        int selected = SelectedRow(table) ?? 0;
        int offset = table.RowOffset;
        table.Table = new EnumerableTableSource<T>(rows, columns);
        if (rows.Count > 0)
        {
            table.RowOffset = Math.Clamp(offset, 0, rows.Count - 1);
            table.SetSelection(0, Math.Clamp(selected, 0, rows.Count - 1), false);
        }
        table.SetNeedsDraw();
    }

    public static int? SelectedRow(TableView table) => table.Value is { } v && table.Table is { Rows: > 0 } ? v.SelectedCell.Y : null;

    public static T? Selected<T>(TableView table, IReadOnlyList<T> rows) where T : class =>
        SelectedRow(table) is int i && i >= 0 && i < rows.Count ? rows[i] : null;
}
