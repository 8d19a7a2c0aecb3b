using System.Text;
using System.Xml;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>The one way the module writes its XML answers: UTF-8 without a byte-order mark, indented.</summary>
internal static class XmlDocuments
{
    public static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
