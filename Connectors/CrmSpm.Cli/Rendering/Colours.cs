using Spectre.Console;

namespace CrmSpm.Cli.Rendering;

/// <summary>The only colours in the tables: tiers and tip severities. Plain text when the console has no colour.</summary>
internal static class Colours
{
    /// <summary>A tier letter: A green, B yellow, C red; anything else ("–") as it is.</summary>
    public static string Tier(string letter) => Paint(letter, letter switch
    {
        "A" => "green",
        "B" => "yellow",
        "C" => "red",
        _ => null,
    });

    /// <summary>A severity word: High red, Medium yellow, Low as it is.</summary>
    public static string Severity(string word) => Paint(word, word switch
    {
        "High" => "red",
        "Medium" => "yellow",
        _ => null,
    });

    private static string Paint(string text, string? colour) =>
        colour == null ? Markup.Escape(Printable.Of(text)) : "[" + colour + "]" + Markup.Escape(Printable.Of(text)) + "[/]";
}
