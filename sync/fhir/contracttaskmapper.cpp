// contract_task (a service a contract's package promises) -> Task, based on the contract's
// EpisodeOfCare. Status: open -> requested, done -> completed, cancelled -> cancelled.
#include "clinicalmappers.h"

namespace Sync {

namespace {
const char *const Statuses[][2] = {
    {"open", "requested"}, {"done", "completed"}, {"cancelled", "cancelled"}};

class ContractTaskMapper : public RecordMapper
{
public:
    QString entity() const override { return QStringLiteral("contract_task"); }
    QString table() const override { return QStringLiteral("contract_task"); }
    int rank() const override { return 4; }
    QStringList columns() const override
    {
        return {"id",  "contract_id", "resident_id", "package_id", "kind",     "name",
                "seq", "due_on",      "status",      "done_on",    "source_id"};
    }
    std::vector<Part> parts() const override { return {Part{"Task", columns()}}; }
    QJsonObject defaults() const override
    {
        return QJsonObject{{"contract_id", ""},
                           {"resident_id", ""},
                           {"package_id", ""},
                           {"kind", ""},
                           {"name", ""},
                           {"seq", 1},
                           {"due_on", ""},
                           {"status", "open"},
                           {"done_on", QJsonValue::Null},
                           {"source_id", QJsonValue::Null}};
    }
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }

    QJsonObject toFhir(const QString &, const QJsonObject &row,
                       const MapContext &ctx) const override
    {
        const QString id = str(row, "id");
        QString status = QStringLiteral("requested");
        for (const auto &s : Statuses)
            if (str(row, "status") == QLatin1String(s[0]))
                status = QLatin1String(s[1]);
        QJsonObject r{
            {"resourceType", "Task"},
            {"id", id},
            {"meta", areaMeta(area(row, ctx))},
            {"identifier", QJsonArray{identifier(sidSystem("contract-task"), id)}},
            {"basedOn",
             QJsonArray{reference("EpisodeOfCare", str(row, "contract_id") + "-contract")}},
            {"status", status},
            {"intent", "plan"},
            {"code", codeable(codeSystem("service-kind"), str(row, "kind"))},
            {"for", reference("Patient", str(row, "resident_id"))},
            {"restriction", QJsonObject{{"period", QJsonObject{{"end", str(row, "due_on")}}}}}};
        if (!str(row, "name").isEmpty())
            r.insert("description", str(row, "name"));
        if (!str(row, "done_on").isEmpty())
            r.insert("executionPeriod", QJsonObject{{"end", str(row, "done_on")}});
        QJsonArray ext{extension("service-package", "valueReference",
                                 reference("PlanDefinition", str(row, "package_id")))};
        putColumns(ext, row, cachedDefaults(), {{"seq", 'i'}, {"source_id", 's'}});
        setExtensions(r, ext);
        return r;
    }

    QJsonObject fromFhir(const QString &, const QJsonObject &r) const override
    {
        QString status = QStringLiteral("open");
        for (const auto &s : Statuses)
            if (r.value("status").toString() == QLatin1String(s[1]))
                status = QLatin1String(s[0]);
        const QString contract = referenceId(r.value("basedOn").toArray().at(0));
        QJsonObject row{
            {"id", r.value("id").toString()},
            {"contract_id", contract.left(contract.size() - 9)},
            {"resident_id", referenceId(r.value("for"))},
            {"package_id", referenceId(extensionValue(r, "service-package"))},
            {"kind", conceptCode(r.value("code"))},
            {"name", r.value("description").toString()},
            {"due_on",
             r.value("restriction").toObject().value("period").toObject().value("end").toString()},
            {"status", status},
            {"done_on", nullable(r.value("executionPeriod").toObject().value("end").toString())}};
        takeColumns(row, r, cachedDefaults(), {{"seq", 'i'}, {"source_id", 's'}});
        return row;
    }
};
} // namespace

std::unique_ptr<RecordMapper> makeContractTaskMapper()
{
    return std::make_unique<ContractTaskMapper>();
}

} // namespace Sync
