using SentimentMonitor.Core.Domain;

namespace SentimentMonitor.ML.Authors;

/// <summary>
/// One model prediction: the best joint label with its probability, the summed probability of all clinician
/// labels, and the most likely specialty if the author is a clinician.
/// </summary>
public sealed record AuthorModelScore(
    string Label,
    AuthorRole Role,
    Specialty Specialty,
    float Probability,
    float ClinicianProbability,
    Specialty BestClinicianSpecialty);
