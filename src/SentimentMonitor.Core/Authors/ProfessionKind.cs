namespace SentimentMonitor.Core.Authors;

/// <summary>The clinical profession a profile states; decides nursing/pharmacy specialties by itself.</summary>
public enum ProfessionKind
{
    None,
    Physician,
    Nurse,
    Pharmacist,
    PhysicianAssistant,
}
