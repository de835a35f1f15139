namespace SentimentMonitor.Tui.Presenters;

/// <summary>A grid of characters with an ink per cell: the trend chart, laid out by the presenter, painted by the view.</summary>
public sealed class ChartCanvas
{
    private readonly char[,] _chars;
    private readonly ChartInk[,] _inks;

    public ChartCanvas(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _chars = new char[Height, Width];
        _inks = new ChartInk[Height, Width];
        for (int r = 0; r < Height; r++)
            for (int c = 0; c < Width; c++)
                _chars[r, c] = ' ';
    }

    public int Width { get; }
    public int Height { get; }

    public char CharAt(int row, int col) => _chars[row, col];
    public ChartInk InkAt(int row, int col) => _inks[row, col];

    public void Put(int row, int col, char ch, ChartInk ink)
    {
        if (row < 0 || row >= Height || col < 0 || col >= Width)
            return;
        _chars[row, col] = ch;
        _inks[row, col] = ink;
    }

    /// <summary>Writes ASCII/BMP text from (row, col), clipped at the right edge.</summary>
    public void Write(int row, int col, string text, ChartInk ink)
    {
        for (int i = 0; i < text.Length; i++)
            Put(row, col + i, text[i], ink);
    }

    /// <summary>The rows as strings, trailing spaces removed.</summary>
    public IReadOnlyList<string> Lines()
    {
        string[] lines = new string[Height];
        for (int r = 0; r < Height; r++)
        {
            char[] row = new char[Width];
            for (int c = 0; c < Width; c++)
                row[c] = _chars[r, c];
            lines[r] = new string(row).TrimEnd();
        }
        return lines;
    }
}
