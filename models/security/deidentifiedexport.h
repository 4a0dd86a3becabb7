#pragma once

// De-identified export of residents for research and statistics (docs/security.md, rules).
// Direct identifiers (name, ID number, phone, address, record number, UUID, contact person,
// work unit, free text) never leave; residents and households get keyed pseudonyms
// (HMAC with a random key made for this export and then forgotten); birth dates become the
// year or a five-year age band; ages of 90 and over are top-coded.

#include "crypto.h"
#include "result.h"
#include "scope.h"

#include <QDate>

#include <functional>

namespace Models {

struct DeidentifyOptions
{
    enum class Birth { Year, AgeBand };
    Birth birth = Birth::Year;
    bool townshipOnly = false; // area column at township (9 digits) instead of village (12)
    QDate asOf = QDate::currentDate();
    Crypto::Suite suite = Crypto::Suite::International; // HMAC-SHA256 or HMAC-SM3
};

struct DeidentifySummary
{
    qint64 rows = 0;
    QStringList columns;
};

class DeidentifiedExport
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<DeidentifySummary>
    exportResidents(const Scope &scope, const QString &connectionName, const QString &path,
                    const DeidentifyOptions &options = {}, const Progress &progress = {});
    static QString ageBand(int age);
};

} // namespace Models
