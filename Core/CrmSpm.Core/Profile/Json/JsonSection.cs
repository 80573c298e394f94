using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;

namespace CrmSpm.Core.Profile.Json;

/// <summary>
/// Reads the members of one JSON object with type checks, recording a <see cref="ValidationProblem"/> for
/// every wrong type, duplicate key or (after <see cref="ReportUnknownKeys"/>) unknown key. A member that is
/// absent keeps the caller's default.
/// </summary>
internal sealed class JsonSection
{
    private readonly Dictionary<string, XElement> members = new Dictionary<string, XElement>(StringComparer.Ordinal);
    private readonly List<string> memberOrder = new List<string>();
    private readonly HashSet<string> known = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<ValidationProblem> problems;

    public JsonSection(XElement element, string path, List<ValidationProblem> problems)
    {
        Path = path;
        this.problems = problems;
        foreach (var member in element.Elements())
        {
            var key = JsonDocumentReader.KeyOf(member);
            if (members.ContainsKey(key))
            {
                problems.Add(new ValidationProblem(Child(key), ProfileMessages.DuplicateKey));
                continue;
            }

            members.Add(key, member);
            memberOrder.Add(key);
        }
    }

    public string Path { get; }

    public IEnumerable<string> Keys => memberOrder;

    public string Child(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>Reads an object member; null when absent (problem added if <paramref name="required"/>) or not an object.</summary>
    public JsonSection? Section(string key, bool required)
    {
        var element = Member(key, required);
        if (element == null)
        {
            return null;
        }

        if (JsonDocumentReader.KindOf(element) != JsonKind.Object)
        {
            problems.Add(new ValidationProblem(Child(key), ProfileMessages.MustBeObject));
            return null;
        }

        return new JsonSection(element, Child(key), problems);
    }

    /// <summary>Reads an array member's items; null when absent or not an array.</summary>
    public IReadOnlyList<XElement>? Array(string key, bool required)
    {
        var element = Member(key, required);
        if (element == null)
        {
            return null;
        }

        if (JsonDocumentReader.KindOf(element) != JsonKind.Array)
        {
            problems.Add(new ValidationProblem(Child(key), ProfileMessages.MustBeArray));
            return null;
        }

        return new List<XElement>(element.Elements());
    }

    public void Number(string key, Action<double> set, bool required = false)
    {
        var element = Member(key, required);
        if (element != null && TryNumber(element, Child(key), problems, out var value))
        {
            set(value);
        }
    }

    public void WholeNumber(string key, Action<int> set, bool required = false)
    {
        var element = Member(key, required);
        if (element != null && TryWholeNumber(element, Child(key), problems, out var value))
        {
            set(value);
        }
    }

    public void Boolean(string key, Action<bool> set)
    {
        var element = Member(key, false);
        if (element == null)
        {
            return;
        }

        if (JsonDocumentReader.KindOf(element) != JsonKind.Boolean)
        {
            problems.Add(new ValidationProblem(Child(key), ProfileMessages.MustBeBoolean));
            return;
        }

        set(element.Value == "true");
    }

    public void Text(string key, Action<string?> set, bool required = false, bool nullable = false)
    {
        var element = Member(key, required);
        if (element == null)
        {
            return;
        }

        var kind = JsonDocumentReader.KindOf(element);
        if (kind == JsonKind.Null && nullable)
        {
            set(null);
            return;
        }

        if (kind != JsonKind.String)
        {
            problems.Add(new ValidationProblem(Child(key), ProfileMessages.MustBeString));
            return;
        }

        set(element.Value);
    }

    /// <summary>Reports every member no reader asked for: a typo must not silently fall back to a default.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var key in memberOrder)
        {
            if (!known.Contains(key))
            {
                problems.Add(new ValidationProblem(Child(key), ProfileMessages.UnknownSetting));
            }
        }
    }

    public static bool TryNumber(XElement element, string path, List<ValidationProblem> problems, out double value)
    {
        value = 0;
        if (JsonDocumentReader.KindOf(element) != JsonKind.Number
            || !double.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            || double.IsNaN(value) || double.IsInfinity(value))
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.MustBeNumber));
            return false;
        }

        return true;
    }

    public static bool TryWholeNumber(XElement element, string path, List<ValidationProblem> problems, out int value)
    {
        value = 0;
        if (JsonDocumentReader.KindOf(element) != JsonKind.Number
            || !double.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number != Math.Floor(number) || number < int.MinValue || number > int.MaxValue)
        {
            problems.Add(new ValidationProblem(path, ProfileMessages.MustBeWholeNumber));
            return false;
        }

        value = (int)number;
        return true;
    }

    private XElement? Member(string key, bool required)
    {
        known.Add(key);
        if (members.TryGetValue(key, out var element))
        {
            return element;
        }

        if (required)
        {
            problems.Add(new ValidationProblem(Child(key), ProfileMessages.Required));
        }

        return null;
    }
}
