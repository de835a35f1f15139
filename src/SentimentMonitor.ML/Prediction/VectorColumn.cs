using Microsoft.ML;
using Microsoft.ML.Data;

namespace SentimentMonitor.ML.Prediction;

/// <summary>Reads one float-vector column of a transformed batch row by row, in order.</summary>
internal static class VectorColumn
{
    /// <summary>
    /// Calls <paramref name="visit"/> with each row's index and vector. The vector's buffer is reused between rows, so
    /// a caller that keeps it must copy it.
    /// </summary>
    public static void ForEach(IDataView data, string columnName, Action<int, VBuffer<float>> visit)
    {
        DataViewSchema.Column column = data.Schema[columnName];
        using DataViewRowCursor cursor = data.GetRowCursor([column]);
        ValueGetter<VBuffer<float>> get = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        int row = 0;
        while (cursor.MoveNext())
        {
            get(ref buffer);
            visit(row++, buffer);
        }
    }
}
