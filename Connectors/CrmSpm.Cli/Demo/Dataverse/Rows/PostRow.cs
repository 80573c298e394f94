using System;

namespace CrmSpm.Cli.Demo.Dataverse.Rows;

/// <summary>A recognition post on a deal's timeline.</summary>
public sealed record PostRow(DateTime CreatedOn, string Text);
