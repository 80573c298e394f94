using System;
using System.Collections.Generic;

namespace CrmSpm.Salesforce.Config;

/// <summary>The config file (or what it points to) is unusable; every problem is listed as "path: reason".</summary>
public sealed class SalesforceConfigException : Exception
{
    public SalesforceConfigException(string configPath, IReadOnlyList<string> problems)
        : base($"{configPath} has {problems.Count} problem(s):" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
