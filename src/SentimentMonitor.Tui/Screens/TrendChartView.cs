using SentimentMonitor.Core.Statistics;
using SentimentMonitor.Tui.Presenters;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SentimentMonitor.Tui.Screens;

/// <summary>
/// Paints the trend chart laid out by <see cref="TrendChartLayout"/> at the view's size: stacked sentiment counts and
/// net sentiment with its 95% interval. (GraphView has no stacked bars and one y scale; counts and net need two.)
/// </summary>
public sealed class TrendChartView : View
{
    private IReadOnlyList<TrendPoint> _points = [];

    public TrendChartView() => CanFocus = true;

    public IReadOnlyList<TrendPoint> Points
    {
        get => _points;
        set
        {
            _points = value ?? [];
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        ChartCanvas canvas = TrendChartLayout.Render(_points, Viewport.Width, Viewport.Height);
        Color background = GetAttributeForRole(VisualRole.Normal).Background;
        for (int row = 0; row < canvas.Height; row++)
        {
            for (int col = 0; col < canvas.Width; col++)
            {
                ChartInk ink = canvas.InkAt(row, col);
                SetAttribute(ink == ChartInk.Blank || ink == ChartInk.Label
                    ? GetAttributeForRole(VisualRole.Normal)
                    : new Attribute(Palette.ForInk(ink), background));
                AddRune(col, row, new System.Text.Rune(canvas.CharAt(row, col)));
            }
        }
        return true;
    }
}
