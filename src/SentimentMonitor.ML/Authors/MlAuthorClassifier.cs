using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentMonitor.Core.Authors;
using SentimentMonitor.Core.Domain;
using SentimentMonitor.Core.Ports;

namespace SentimentMonitor.ML.Authors;

/// <summary>
/// The ML.NET author model (bio n-grams → role/specialty). Prediction engines are not thread-safe, so each call
/// borrows one from a pool. Stage is not learned: it comes from the explicit stage rules.
/// </summary>
public sealed class MlAuthorClassifier : IAuthorClassifier
{
    private readonly MLContext _ml = new(seed: AuthorModelTrainer.Seed);
    private readonly ITransformer _model;
    private readonly string[] _labels;
    private readonly ConcurrentBag<PredictionEngine<AuthorBioRow, AuthorBioScore>> _engines = [];

    public MlAuthorClassifier(string modelPath)
    {
        if (!File.Exists(modelPath))
            throw new FileNotFoundException($"author model not found: {modelPath}", modelPath);
        _model = _ml.Model.Load(modelPath, out _);
        VBuffer<ReadOnlyMemory<char>> names = default;
        PredictionEngine<AuthorBioRow, AuthorBioScore> probe = Engine();
        probe.OutputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        _engines.Add(probe);
        Version = "author-ml-" + Path.GetFileNameWithoutExtension(modelPath);
    }

    public string Version { get; }

    /// <summary>Labels the model knows, in score order ("clinician/hematology", "researcher", …).</summary>
    public IReadOnlyList<string> Labels => _labels;

    public AuthorClassification Classify(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        AuthorModelScore score = Score(author.Bio);
        (CareerStage stage, string words) = score.Role == AuthorRole.Clinician
            ? CareerStageRules.Find(AuthorText.Fold(author.Bio), author.Bio ?? "")
            : (CareerStage.Unknown, "");
        List<string> evidence = [$"model: {score.Label} (p={score.Probability:F2})"];
        if (stage != CareerStage.Unknown)
            evidence.Add($"stage: '{words}'");
        return new AuthorClassification(score.Role, score.Specialty, stage, evidence, Version);
    }

    /// <summary>Best label of a bio, its probability and the total probability of all clinician labels.</summary>
    public AuthorModelScore Score(string? bio)
    {
        PredictionEngine<AuthorBioRow, AuthorBioScore> engine = _engines.TryTake(out var pooled) ? pooled : Engine();
        try
        {
            AuthorBioScore output = engine.Predict(new AuthorBioRow { Text = AuthorModelTrainer.Prepare(bio) });
            int best = 0;
            float clinician = 0;
            for (int i = 0; i < output.Score.Length; i++)
            {
                if (output.Score[i] > output.Score[best])
                    best = i;
                if (_labels[i].StartsWith("clinician/", StringComparison.Ordinal))
                    clinician += output.Score[i];
            }
            (AuthorRole role, Specialty specialty) = AuthorModelLabels.Parse(_labels[best]);
            var bestClinician = Enumerable.Range(0, output.Score.Length)
                .Where(i => _labels[i].StartsWith("clinician/", StringComparison.Ordinal))
                .OrderByDescending(i => output.Score[i]).First();
            return new AuthorModelScore(_labels[best], role, specialty, output.Score[best], clinician,
                AuthorModelLabels.Parse(_labels[bestClinician]).Specialty);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private PredictionEngine<AuthorBioRow, AuthorBioScore> Engine() =>
        _ml.Model.CreatePredictionEngine<AuthorBioRow, AuthorBioScore>(_model);
}
