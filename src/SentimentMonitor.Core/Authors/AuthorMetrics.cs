using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.Core.Authors;

/// <summary>
/// Scores of an author classifier against gold labels. Macro-F1 averages the F1 of every role present in the gold
/// labels or the predictions. Specialty accuracy counts a true clinician as right only when it is predicted a
/// clinician with the same specialty. <see cref="Confusion"/> is gold role → predicted role → count (slugs).
/// </summary>
public sealed record AuthorMetrics(
    int Count,
    double RoleAccuracy,
    double RoleMacroF1,
    double ClinicianPrecision,
    double ClinicianRecall,
    double SpecialtyAccuracy,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);
