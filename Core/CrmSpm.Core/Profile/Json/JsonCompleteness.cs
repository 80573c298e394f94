namespace CrmSpm.Core.Profile.Json;

/// <summary>
/// Checks that brackets and strings are closed. The BCL's JSON reader accepts a truncated object such as
/// <c>{"version": 1,</c> without an error, which would turn a half-saved profile into "sections missing";
/// this scan reports it as not JSON instead.
/// </summary>
internal static class JsonCompleteness
{
    public static bool IsComplete(string json, out string? error)
    {
        error = null;
        var depth = 0;
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                case '[':
                    depth++;
                    break;
                case '}':
                case ']':
                    depth--;
                    break;
            }

            if (depth < 0)
            {
                error = "a closing bracket has no opening bracket.";
                return false;
            }
        }

        if (inString || depth != 0)
        {
            error = "the document ends before its last " + (inString ? "string" : "object or array") + " is closed.";
            return false;
        }

        return true;
    }
}
