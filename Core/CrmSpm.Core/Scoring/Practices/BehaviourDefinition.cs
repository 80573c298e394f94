namespace CrmSpm.Core.Scoring.Practices;

/// <summary>How to show and judge a behaviour.</summary>
public sealed class BehaviourDefinition
{
    public BehaviourDefinition(string key, string label, string unit, bool higherIsBetter)
    {
        Key = key;
        Label = label;
        Unit = unit;
        HigherIsBetter = higherIsBetter;
    }

    public string Key { get; }

    public string Label { get; }

    public string Unit { get; }

    /// <summary>True when more is better.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>The definition for any behaviour key, including per-stage ones.</summary>
    public static BehaviourDefinition For(string key)
    {
        if (key.StartsWith(BehaviourKeys.TouchCadencePrefix, System.StringComparison.Ordinal))
        {
            return new BehaviourDefinition(key, "Days between touches at " + key.Substring(BehaviourKeys.TouchCadencePrefix.Length), BehaviourUnits.Days, false);
        }

        if (key.StartsWith(BehaviourKeys.DaysInStagePrefix, System.StringComparison.Ordinal))
        {
            return new BehaviourDefinition(key, "Days in " + key.Substring(BehaviourKeys.DaysInStagePrefix.Length), BehaviourUnits.Days, false);
        }

        switch (key)
        {
            case BehaviourKeys.ContactsPerDeal: return new BehaviourDefinition(key, "Contacts engaged per deal", BehaviourUnits.Contacts, true);
            case BehaviourKeys.MeetingShare: return new BehaviourDefinition(key, "Meeting share of activities", BehaviourUnits.Share, true);
            case BehaviourKeys.FirstTouchLatency: return new BehaviourDefinition(key, "Days to first touch", BehaviourUnits.Days, false);
            case BehaviourKeys.NextStepDiscipline: return new BehaviourDefinition(key, "Deals with a next step", BehaviourUnits.Share, true);
            default: return new BehaviourDefinition(key, key, "", true);
        }
    }
}
