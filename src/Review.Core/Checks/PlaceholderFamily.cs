namespace Review.Core.Checks;

/// <summary>The placeholder grammars the placeholder check knows; each compares by its own rules.</summary>
public enum PlaceholderFamily
{
    /// <summary>C printf, <c>%s</c>, <c>%2$.*1$lu</c>, <c>%&lt;PRIdMAX&gt;</c>: arguments by position and type.</summary>
    Printf,

    /// <summary>Python <c>%(name)s</c>: by name and type.</summary>
    PythonNamed,

    /// <summary>Qt <c>%1</c>..<c>%99</c>.</summary>
    Qt,

    /// <summary>Python <c>str.format</c>, .NET and ICU: <c>{0}</c>, <c>{name}</c>, <c>{0,-10:N2}</c>.</summary>
    Brace,

    /// <summary>Shell <c>$VAR</c>, <c>${VAR}</c>, and the JS/Ruby templates <c>${…}</c>, <c>#{…}</c>.</summary>
    Variable,
}
