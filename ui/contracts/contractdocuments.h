#pragma once

#include "context.h"
#include "contractindicators.h"
#include "result.h"

#include <QString>

class QWidget;

namespace Gui::ContractDocuments {

// The family-doctor service agreement of a contract (both parties sign the printed copy).
Models::Result<QString> agreementHtml(const Context &context, const QString &contractId);
QString indicatorsHtml(const Models::ContractIndicatorValues &v, const QString &areaLabel);

// A4 PDF with the CJK font; false and `error` set when the file cannot be written.
bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
// Shows the print dialog and prints.
void print(const QString &html, QWidget *parent);
// Asks for a file name (PDF) and writes it; shows the outcome.
void savePdf(const QString &html, const QString &suggestedName, QWidget *parent);

} // namespace Gui::ContractDocuments
