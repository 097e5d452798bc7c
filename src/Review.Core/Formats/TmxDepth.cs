using System.Xml;

namespace Review.Core.Formats;

/// <summary>
/// How deep a TMX file may nest its elements. Real files nest inline markup a few levels; a file of a
/// million nested <c>&lt;g&gt;</c> made the XML reader's element stack and the segment text grow to
/// 1.6 GB over 17 s, so the file is refused at the first element past the limit instead.
/// </summary>
internal static class TmxDepth
{
    public const int Limit = 100;

    public static void Check(XmlReader reader)
    {
        if (reader.Depth > Limit)
        {
            var line = reader is IXmlLineInfo info ? info.LineNumber : 0;
            var position = reader is IXmlLineInfo at ? at.LinePosition : 0;
            throw new XmlException($"elements nested more than {Limit} levels deep (<{reader.Name}>); TMX markup is never that deep", null, line, position);
        }
    }
}
