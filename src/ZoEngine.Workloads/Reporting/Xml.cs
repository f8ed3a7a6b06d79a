using System.Text;
using System.Xml;

namespace ZoEngine.Workloads.Reporting;

/// <summary>Text escaping for hand-written XML.</summary>
internal static class Xml
{
    /// <summary>
    /// Escapes the five XML special characters, so the text is safe in element content and in quoted attributes alike,
    /// and replaces characters XML 1.0 cannot carry at all (control characters, lone surrogates) with U+FFFD, so that
    /// no series name can make the document unparseable.
    /// </summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                default:
                    if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
                    }
                    break;
            }
        }
        return builder.ToString();
    }
}
