#include "platformjsonscan.h"

#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

namespace Platform {

namespace {

struct Frame
{
    bool object = false;
    std::string key; // current member's key (object)
    int index = -1;  // current element's index (array)
    // Keys seen: a short list searched in order (FHIR objects have a few keys), a set beyond.
    std::vector<std::string> few;
    std::unordered_set<std::string> many;
    bool insert(std::string &&k)
    {
        if (many.empty()) {
            for (const std::string &f : few)
                if (f == k)
                    return false;
            if (few.size() < 16) {
                few.push_back(std::move(k));
                return true;
            }
            many.insert(few.begin(), few.end());
        }
        return many.insert(std::move(k)).second;
    }
};

class Scanner
{
public:
    Scanner(QByteArrayView text, int maxDepth)
        : p(text.data()), end(text.data() + text.size()), m_maxDepth(maxDepth)
    {
    }

    JsonScanError run()
    {
        ws();
        if (value() && (ws(), p != end))
            fail(QStringLiteral("unexpected text after the JSON value"), true);
        return m_error;
    }

private:
    const char *p, *end;
    int m_maxDepth;
    std::vector<Frame> m_stack;
    JsonScanError m_error;

    bool fail(const QString &message, bool syntax = false)
    {
        if (m_error)
            return false;
        m_error.message = message;
        m_error.syntax = syntax;
        QString path;
        for (size_t i = 0; i < m_stack.size(); ++i) {
            const Frame &f = m_stack[i];
            if (f.object && !f.key.empty()) {
                if (!path.isEmpty())
                    path += QLatin1Char('.');
                path += QString::fromUtf8(f.key.data(), qsizetype(f.key.size())).left(64);
            } else if (!f.object && f.index >= 0) {
                path += QStringLiteral("[%1]").arg(f.index);
                // Bundle.entry[i]: the root object's "entry" array
                if (i == 1 && m_stack[0].object && m_stack[0].key == "entry")
                    m_error.entry = f.index;
            }
        }
        m_error.path = path;
        return false;
    }

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // A string at '"'; its decoded text into `out` when asked (keys).
    bool string(std::string *out)
    {
        ++p;
        for (;;) {
            if (p >= end)
                return fail(QStringLiteral("unterminated string"), true);
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"') {
                ++p;
                return true;
            }
            if (c < 0x20)
                return fail(QStringLiteral("a control character (U+%1) in a string")
                                .arg(int(c), 4, 16, QLatin1Char('0')));
            if (c == '\\') {
                if (end - p < 2)
                    return fail(QStringLiteral("unterminated string"), true);
                const char e = p[1];
                if (e == 'u') {
                    if (end - p < 6)
                        return fail(QStringLiteral("a bad \\u escape"), true);
                    int v = 0;
                    for (int i = 2; i < 6; ++i) {
                        const int h = hex(p[i]);
                        if (h < 0)
                            return fail(QStringLiteral("a bad \\u escape"), true);
                        v = v * 16 + h;
                    }
                    // FHIR strings: nothing below U+0020 but tab, carriage return and line feed
                    if (v < 0x20 && v != 0x09 && v != 0x0a && v != 0x0d)
                        return fail(v == 0 ? QStringLiteral("a NUL character in a string")
                                           : QStringLiteral("a control character (U+%1) in a "
                                                            "string")
                                                 .arg(v, 4, 16, QLatin1Char('0')));
                    if (out) { // UTF-8, so that "\u006deta" and "meta" are one key
                        if (v < 0x80) {
                            out->push_back(char(v));
                        } else if (v < 0x800) {
                            out->push_back(char(0xc0 | (v >> 6)));
                            out->push_back(char(0x80 | (v & 0x3f)));
                        } else {
                            out->push_back(char(0xe0 | (v >> 12)));
                            out->push_back(char(0x80 | ((v >> 6) & 0x3f)));
                            out->push_back(char(0x80 | (v & 0x3f)));
                        }
                    }
                    p += 6;
                    continue;
                }
                if (!std::strchr("\"\\/bfnrt", e) || e == 0)
                    return fail(QStringLiteral("a bad escape in a string"), true);
                if (e == 'b' || e == 'f')
                    return fail(QStringLiteral("a control character in a string"));
                if (out)
                    out->push_back(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
                p += 2;
                continue;
            }
            // UTF-8: the length of the sequence from its first byte, then its continuation bytes
            int len = 1;
            if (c >= 0x80) {
                if (c >= 0xc2 && c <= 0xdf)
                    len = 2;
                else if (c >= 0xe0 && c <= 0xef)
                    len = 3;
                else if (c >= 0xf0 && c <= 0xf4)
                    len = 4;
                else
                    return fail(QStringLiteral("malformed UTF-8 in a string"));
                if (end - p < len)
                    return fail(QStringLiteral("malformed UTF-8 in a string"));
                for (int i = 1; i < len; ++i)
                    if ((static_cast<unsigned char>(p[i]) & 0xc0) != 0x80)
                        return fail(QStringLiteral("malformed UTF-8 in a string"));
                const unsigned char c1 = static_cast<unsigned char>(p[1]);
                if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 > 0x9f) ||
                    (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 > 0x8f))
                    return fail(QStringLiteral("malformed UTF-8 in a string"));
            }
            if (out)
                out->append(p, size_t(len));
            p += len;
        }
    }

    bool number()
    {
        const char *s = p;
        if (p < end && *p == '-')
            ++p;
        if (p >= end || !(*p >= '0' && *p <= '9'))
            return fail(QStringLiteral("not JSON (a bad value)"), true);
        if (*p == '0')
            ++p;
        else
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        if (p < end && *p == '.') {
            ++p;
            if (p >= end || !(*p >= '0' && *p <= '9'))
                return fail(QStringLiteral("a bad number"), true);
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (p >= end || !(*p >= '0' && *p <= '9'))
                return fail(QStringLiteral("a bad number"), true);
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p - s > 64)
            return fail(QStringLiteral("a number of more than 64 characters"));
        return true;
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(end - p) < n || std::memcmp(p, word, n) != 0)
            return fail(QStringLiteral("not JSON (a bad value)"), true);
        p += n;
        return true;
    }

    bool value()
    {
        if (p >= end)
            return fail(QStringLiteral("not JSON (the text ends early)"), true);
        switch (*p) {
        case '"':
            return string(nullptr);
        case '{':
        case '[':
            return container();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool container()
    {
        if (int(m_stack.size()) >= m_maxDepth)
            return fail(QStringLiteral("nested deeper than %1 levels").arg(m_maxDepth));
        const bool object = *p == '{';
        const char close = object ? '}' : ']';
        m_stack.push_back(Frame{object, {}, -1, {}, {}});
        ++p;
        ws();
        if (p < end && *p == close) {
            ++p;
            m_stack.pop_back();
            return true;
        }
        for (int i = 0;; ++i) {
            ws();
            if (object) {
                if (p >= end || *p != '"')
                    return fail(QStringLiteral("not JSON (a key is expected)"), true);
                std::string key;
                if (!string(&key))
                    return false;
                m_stack.back().key = key;
                if (!m_stack.back().insert(std::move(key)))
                    return fail(QStringLiteral("duplicate key \"%1\"")
                                    .arg(QString::fromStdString(m_stack.back().key).left(64)));
                ws();
                if (p >= end || *p != ':')
                    return fail(QStringLiteral("not JSON (':' is expected)"), true);
                ++p;
                ws();
            } else {
                m_stack.back().index = i;
            }
            if (!value())
                return false;
            ws();
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == close) {
                ++p;
                m_stack.pop_back();
                return true;
            }
            return fail(
                QStringLiteral("not JSON (',' or '%1' is expected)").arg(QLatin1Char(close)), true);
        }
    }
};

} // namespace

JsonScanError scanJson(QByteArrayView text, int maxDepth)
{
    return Scanner(text, maxDepth).run();
}

} // namespace Platform
