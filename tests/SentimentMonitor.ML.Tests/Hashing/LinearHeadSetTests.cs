using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.ML.Data;
using SentimentMonitor.ML.Hashing;
using SentimentMonitor.ML.Tests.Support;
using SentimentMonitor.ML.Text;

namespace SentimentMonitor.ML.Tests.Hashing;

/// <summary>The C# scorer reproduces ML.NET's own predictions for heads that ML.NET trained.</summary>
public class LinearHeadSetTests
{
    [Fact]
    public void Score_HeadFittedByMlNet_SameProbabilitiesAsMlNetTransform()
    {
        MLContext ml = new(seed: 1);
        HashedHeadFitter fitter = new(ml, new PreprocessingOptions());
        HashedSentimentManifest settings = new() { HashBits = 12 };
        IReadOnlyList<LabeledText> rows = LabeledTextReader.Read(RepositoryRoot.File("tests", "SentimentMonitor.ML.Tests", "Data", "small-sentiment.tsv"), ModelTask.Sentiment);
        List<SparseRow> data = HashedHeadFitter.Balanced(rows.Select(r => (r.Label, fitter.Features(settings, r.Text))).ToList());
        int dimension = fitter.Dimension(settings);
        FittedHead head = fitter.Fit(data, dimension, 1f);
        LinearHeadSet set = new(dimension, [(head.Weights, head.Biases)]);

        SchemaDefinition schema = SchemaDefinition.Create(typeof(SparseRow));
        schema[nameof(SparseRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        IDataView scored = head.Model.Transform(ml.Data.LoadFromEnumerable(data, schema));
        float[][] expected = scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();

        float[] scores = new float[set.Stride];
        float[] probabilities = new float[3];
        for (int i = 0; i < data.Count; i++)
        {
            set.Score(data[i].Features.GetIndices(), data[i].Features.GetValues(), scores);
            set.Softmax(scores, 0, probabilities);
            for (int c = 0; c < 3; c++)
                Assert.Equal(expected[i][c], probabilities[c], 4);
        }
        Assert.Equal(["negative", "neutral", "positive"], head.Labels);
    }
}
