#pragma once

// Private to sync/platform/: a strict JSON scan of a request body before anything parses it, for
// what QJsonDocument lets through or handles badly: nesting deeper than a limit (refused before a
// recursive parse), duplicate keys (QJsonDocument silently keeps one), control characters and NUL
// in strings (FHIR forbids them), malformed UTF-8, and anything that is not JSON.

#include <QByteArrayView>
#include <QString>

namespace Platform {

struct JsonScanError
{
    QString message; // empty: the text is valid
    // Where: the path from the root, FHIRPath-like ("entry[3].resource.meta.tag[0].code"; "" for
    // the root) and the index of the Bundle entry it lies in (-1: outside any entry).
    QString path;
    int entry = -1;
    bool syntax = false; // not JSON at all (then 400 rather than 422)
    explicit operator bool() const { return !message.isEmpty(); }
};

// `maxDepth`: objects and arrays nested in one another, the root counting 1.
JsonScanError scanJson(QByteArrayView text, int maxDepth);

} // namespace Platform
