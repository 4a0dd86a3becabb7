#pragma once

// Private to sync/platform/: a transaction Bundle as it comes in, checked whole before anything is
// stored (JSON scan, Bundle structure, each entry's request and resource against FHIR R4, the
// size of each resource, and the Patients its references point to).

#include "platformstore.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Platform {

struct BundleLimits
{
    int maxDepth = 32;                    // nesting of one resource
    qint64 maxResource = 4 * 1024 * 1024; // bytes of one resource as sent
    int maxEntries = 10000;
};

struct BundleError
{
    int status = 0; // 0: none
    QString code;   // OperationOutcome issue code
    QString diagnostics;
    int entry = -1;  // Bundle.entry index, -1: the Bundle itself
    QString element; // FHIRPath below the entry ("Bundle.entry[3].resource.status")
    explicit operator bool() const { return status != 0; }
};

// Parses and checks `body`; on success fills `writes` (in entry order).
BundleError readTransaction(const QByteArray &body, const Token &token, Store &store,
                            const BundleLimits &limits, std::vector<Store::Write> *writes);

} // namespace Platform
