namespace Review.Core.Checks;

/// <summary>
/// A time of day, <c>02:34:56</c> or <c>15:30</c>, read as one number: its seconds since midnight,
/// in UTC when a zone offset follows (<c>02:34:56 -0600</c>). A translation that moves an example
/// to its own zone (<c>17:34:56 +0900</c>) keeps the instant, so the two sides match; read as
/// separate numbers they were four false alarms on coreutils' <c>date --help</c>. A.m. and p.m.
/// are left out of the value: Korean and Chinese write them before the time. A time also matches
/// its parts written another way (<c>23时13分48秒</c>).
/// </summary>
internal static class ClockTime
{
    private const int Day = 24 * 3600;

    /// <summary>The time starting at <paramref name="start"/>, or null when the digits there are
    /// not one (<c>16:9</c>, <c>25:00</c>, <c>1:2:3:4</c>).</summary>
    public static NumberToken? Read(string text, int start)
    {
        var at = start;
        var hours = Digits(text, ref at, 1, 2);
        if (hours is not { } h || h > 24 || !Colon(text, at))
        {
            return null;
        }

        at++;
        var minutes = Digits(text, ref at, 2, 2);
        if (minutes is not { } m || m > 59)
        {
            return null;
        }

        var s = 0;
        if (Colon(text, at))
        {
            var secondsAt = at + 1;
            if (Digits(text, ref secondsAt, 2, 2) is not { } seconds || seconds > 60)
            {
                return null;
            }

            s = seconds;
            at = secondsAt;
        }

        if (at < text.Length && (NumberScanner.IsDigit(text[at]) || Colon(text, at)))
        {
            return null;
        }

        var value = (h * 3600) + (m * 60) + s;
        var end = at;
        if (Offset(text, at) is { } offset)
        {
            value = (((value - offset.Seconds) % Day) + Day) % Day;
            end = offset.End;
        }

        return new NumberToken(new TextSpan(start, end - start), value, value, IsVersion: false, IsClock: true);
    }

    /// <summary>The hours, minutes and seconds of a time as written, for a translation that writes
    /// them in words of its own (<c>23:13:48</c> → <c>23时13分48秒</c>).</summary>
    public static void AddParts(string text, TextSpan span, List<double> parts)
    {
        var value = 0;
        var digits = 0;
        for (var at = span.Start; at <= span.End; at++)
        {
            if (at < span.End && char.IsAsciiDigit(text[at]))
            {
                value = (value * 10) + (text[at] - '0');
                digits++;
                continue;
            }

            if (digits > 0)
            {
                parts.Add(value);
            }

            if (at == span.End || text[at] != ':')
            {
                return;
            }

            value = 0;
            digits = 0;
        }
    }

    private static bool Colon(string text, int at) =>
        at + 1 < text.Length && text[at] == ':' && NumberScanner.IsDigit(text[at + 1]);

    private static int? Digits(string text, ref int at, int min, int max)
    {
        var value = 0;
        var count = 0;
        while (at < text.Length && count < max && char.IsAsciiDigit(text[at]))
        {
            value = (value * 10) + (text[at] - '0');
            count++;
            at++;
        }

        return count >= min && (at == text.Length || !char.IsAsciiDigit(text[at])) ? value : null;
    }

    /// <summary>A zone offset after the time: one space, a sign and four digits (<c>-0600</c>).</summary>
    private static (int Seconds, int End)? Offset(string text, int at)
    {
        if (at + 6 > text.Length || text[at] != ' ' || text[at + 1] is not ('+' or '-' or '−'))
        {
            return null;
        }

        var digitsAt = at + 2;
        if (Digits(text, ref digitsAt, 4, 4) is not { } hhmm || hhmm % 100 > 59)
        {
            return null;
        }

        var seconds = ((hhmm / 100 * 3600) + (hhmm % 100 * 60)) * (text[at + 1] == '+' ? 1 : -1);
        return (seconds, digitsAt);
    }
}
