#pragma once

// Private to sync/platform/: the small JSON scanner shared by platformstore.cpp (finding a
// top-level key) and platformresources.cpp (splitting a Bundle into its entries' resources).

#include <QByteArrayView>

namespace Platform {

namespace {

// A small JSON scanner over text already known to parse (QJsonDocument did): it finds where
// values are, so stored resources keep the bytes they came with.
struct Cursor
{
    const char *p, *end;
    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool string(QByteArrayView *text = nullptr) // at '"'
    {
        if (p >= end || *p != '"')
            return false;
        const char *start = ++p;
        while (p < end && *p != '"')
            p += *p == '\\' ? 2 : 1;
        if (p >= end)
            return false;
        if (text)
            *text = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
    bool value() // skips one value
    {
        ws();
        if (p >= end)
            return false;
        if (*p == '"')
            return string();
        if (*p != '{' && *p != '[') {
            while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
                   *p != '\r' && *p != '\t')
                ++p;
            return true;
        }
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    // Calls f(key) at each member's value of the object at p; f returns false to stop.
    template <typename F> bool members(F f)
    {
        ws();
        if (p >= end || *p != '{')
            return false;
        ++p;
        for (;;) {
            ws();
            if (p < end && *p == '}') {
                ++p;
                return true;
            }
            QByteArrayView key;
            if (!string(&key))
                return false;
            ws();
            if (p >= end || *p != ':')
                return false;
            ++p;
            ws();
            if (!f(key))
                return true;
            ws();
            if (p < end && *p == ',')
                ++p;
        }
    }
};

} // namespace

} // namespace Platform
