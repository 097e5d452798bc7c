using System.Text.Json;

namespace Review.Core.Checks;

/// <summary>Reads the JSON form of a check config: <c>{"profile": "software", "check": {"&lt;id&gt;": {"enabled": false, "key": 1.5}}}</c>.</summary>
internal static class JsonCheckConfigReader
{
    public static CheckSettingsBuilder Read(string text, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CheckConfigException($"{fileName}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message})");
        }

        using (document)
        {
            var builder = new CheckSettingsBuilder();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CheckConfigException($"{fileName}: expected an object with a \"check\" member");
            }

            foreach (var member in root.EnumerateObject())
            {
                if (member.Name == "profile" && member.Value.ValueKind == JsonValueKind.String)
                {
                    builder.SetProfile(member.Value.GetString()!, $"{fileName}: profile");
                    continue;
                }

                if (member.Name != "check" || member.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new CheckConfigException($"{fileName}: unknown member \"{member.Name}\"; use \"check\": {{ \"<id>\": {{ ... }} }}");
                }

                foreach (var check in member.Value.EnumerateObject())
                {
                    ReadCheck(builder, check, fileName);
                }
            }

            return builder;
        }
    }

    private static void ReadCheck(CheckSettingsBuilder builder, JsonProperty check, string fileName)
    {
        var where = $"{fileName}: check.{check.Name}";
        builder.Touch(check.Name, where);
        if (check.Value.ValueKind != JsonValueKind.Object)
        {
            throw new CheckConfigException($"{where}: expected an object");
        }

        foreach (var setting in check.Value.EnumerateObject())
        {
            switch (setting.Value.ValueKind)
            {
                case JsonValueKind.True or JsonValueKind.False when setting.Name == ConfigKeys.Enabled:
                    builder.SetEnabled(check.Name, setting.Value.GetBoolean(), where);
                    break;
                case JsonValueKind.Number:
                    builder.SetNumber(check.Name, setting.Name, setting.Value.GetDouble(), where);
                    break;
                default:
                    ConfigKeys.Validate(check.Name, setting.Name, where);
                    throw new CheckConfigException($"{where}: '{setting.Name}' has a value of the wrong type");
            }
        }
    }
}
