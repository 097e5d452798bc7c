using System.Xml;

namespace Review.Core.Formats;

/// <summary>Reads one <c>trans-unit</c> (1.2) or <c>unit</c> (2.0), leaving the reader on its end tag.</summary>
internal static class XliffUnits
{
    public static XliffUnit Read12(XmlReader xml, KeptPart file, string fileName)
    {
        var unit = new XliffUnit
        {
            Id = xml.GetAttribute("id") ?? "",
            Line = ((IXmlLineInfo)xml).LineNumber,
            Review = XliffReviewAttributes.Read(xml),
            File = file,
            Version = "1.2",
            Unit = new KeptPart { Attributes = KeptAttribute.ReadAll(xml, "id") },
        };
        Children(xml, fileName, name =>
        {
            switch (name)
            {
                case "source":
                    ReadText(xml, unit, fileName, target: false);
                    return true;
                case "target":
                    ReadText(xml, unit, fileName, target: true);
                    return true;
                case "note":
                    unit.Unit.Elements.Add(KeptElement.Read(xml));
                    return false;
                default:
                    xml.Skip();
                    return false;
            }
        });
        return unit;
    }

    public static List<XliffUnit> Read20(XmlReader xml, KeptPart file, string fileName)
    {
        var id = xml.GetAttribute("id") ?? "";
        var line = ((IXmlLineInfo)xml).LineNumber;
        var review = XliffReviewAttributes.Read(xml);
        var kept = new KeptPart { Attributes = KeptAttribute.ReadAll(xml, "id") };
        var segments = new List<XliffUnit>();
        Children(xml, fileName, name =>
        {
            switch (name)
            {
                case "notes" or "originalData":
                    Children(xml, fileName, _ =>
                    {
                        kept.Elements.Add(KeptElement.Read(xml));
                        return false;
                    });
                    return true;
                case "segment":
                    segments.Add(Segment(xml, fileName, new XliffUnit
                    {
                        Id = xml.GetAttribute("id") ?? (segments.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Line = ((IXmlLineInfo)xml).LineNumber,
                        Review = review,
                        File = file,
                        Version = "2.0",
                        Unit = kept,
                        Segment = new KeptPart { Attributes = KeptAttribute.ReadAll(xml) },
                    }));
                    return true;
                default:
                    xml.Skip();
                    return false;
            }
        });
        return segments.Count == 1
            ? [Renamed(segments[0], id, line)]
            : segments.Select(s => Renamed(s, $"{id}/{s.Id}", s.Line)).ToList();
    }

    private static XliffUnit Segment(XmlReader xml, string fileName, XliffUnit unit)
    {
        Children(xml, fileName, name =>
        {
            if (name is "source" or "target")
            {
                ReadText(xml, unit, fileName, target: name == "target");
                return true;
            }
            xml.Skip();
            return false;
        });
        return unit;
    }

    private static XliffUnit Renamed(XliffUnit segment, string id, int line) => new XliffUnit
    {
        Id = id,
        Line = line,
        Review = segment.Review,
        File = segment.File,
        Version = segment.Version,
        Unit = segment.Unit,
        Segment = segment.Segment,
        SourcePart = segment.SourcePart,
        TargetPart = segment.TargetPart,
        Source = segment.Source,
        Target = segment.Target,
        HasTarget = segment.HasTarget,
    }.WithCodes(segment);

    private static XliffUnit WithCodes(this XliffUnit unit, XliffUnit from)
    {
        foreach (var (label, markup) in from.SourceCodes)
        {
            unit.SourceCodes[label] = markup;
        }
        foreach (var (label, markup) in from.TargetCodes)
        {
            unit.TargetCodes[label] = markup;
        }
        return unit;
    }

    private static void ReadText(XmlReader xml, XliffUnit unit, string fileName, bool target)
    {
        var part = new KeptPart { Attributes = KeptAttribute.ReadAll(xml) };
        var text = XliffContent.Read(xml, target ? unit.TargetCodes : unit.SourceCodes, fileName);
        if (target)
        {
            (unit.TargetPart, unit.Target, unit.HasTarget) = (part, text, true);
        }
        else
        {
            (unit.SourcePart, unit.Source) = (part, text);
        }
    }

    /// <summary>
    /// Visits the child elements of the element the reader is on; <paramref name="visit"/> reads
    /// one and says whether it left the reader on that child's end tag (true) or after it (false).
    /// Leaves the reader on the parent's end tag.
    /// </summary>
    private static void Children(XmlReader xml, string fileName, Func<string, bool> visit)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            SafeXml.RefuseXInclude(xml, fileName);
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
            }
            else if (visit(xml.LocalName))
            {
                xml.Read();
            }
        }
    }
}
