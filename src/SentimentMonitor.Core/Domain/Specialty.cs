namespace SentimentMonitor.Core.Domain;

/// <summary>Clinical specialty of a clinician author (controlled list; slugs in <see cref="DomainSlugs"/>).</summary>
public enum Specialty
{
    Unknown,
    PediatricHematologyOncology,
    Hematology,
    MedicalOncology,
    RadiationOncology,
    Cardiology,
    Neurology,
    Endocrinology,
    InfectiousDisease,
    Pulmonology,
    Gastroenterology,
    Nephrology,
    Surgery,
    Pediatrics,
    EmergencyMedicine,
    InternalFamilyMedicine,
    Nursing,
    Pharmacy,
    Other,
}
