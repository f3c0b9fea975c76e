// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/input/analyzer.h"
#include "sources/input/contentsniffer.h"
#include "sources/input/decompressionguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace oom {

class ByteStream;
class FileStream;

// Why an input is being read, which decides how loud a content problem is.
enum class InputOrigin {
    Explicit, // the user named it: a file that is not a log is an error
    Discovered, // found in a folder or archive under a log's name: a warning
    Probe, // found under a name that says nothing: read only if it looks like a log, else silence
};

// What one input contributed, kept together so that inputs can be put in order (an
// archive's members arrive in archive order, rotated logs must go oldest first).
struct InputOutcome {
    QString orderKey; // path used for ordering within the folder or archive
    bool read = false; // the summary counts
    InputSummary summary;
    QList<OomEvent> events;
    QList<InputError> errors;
};

// Turns one file, or one stream of unknown content, into outcomes: sniffs the content and
// goes through decompression, archives, encodings, journals and supportconfig sections as
// the content says, then runs the engine. Every failure becomes an InputError of that input;
// nothing is thrown, nothing is written to disk.
class InputProcessor
{
    Q_DECLARE_TR_FUNCTIONS(InputProcessor)

public:
    explicit InputProcessor(const AnalyzeOptions &options);

    QList<InputOutcome> processFile(const QString &path, const QString &displayPath,
                                    InputOrigin origin);
    // Journal files of one folder, interleaved by time, as one input.
    InputOutcome processJournalFiles(const QStringList &paths, const QString &displayPath);

    bool cancelled() const;

    // Layers from the outside in ("xz", "tar", "gzip") and the content's own kind.
    static QString describeFormat(const QStringList &layers, ContentKind content);

private:
    struct Context {
        QString displayPath;
        QString orderKey;
        QStringList layers; // containers and compressions around the content, outside first
        InputOrigin origin = InputOrigin::Explicit;
        int depth = 0;
        // The newest moment the content can speak of, for years that lines do not print
        // (FramingOptions::latestTime): the file's or archive member's modification time,
        // kept through the decompressions inside it. Invalid: now.
        QDateTime latestTime;
    };

    void processStream(ByteStream &stream, FileStream *file, const Context &context,
                       QList<InputOutcome> &out);
    void processArchive(ByteStream &stream, ContentKind kind, const Context &context,
                        QList<InputOutcome> &out);
    void processJournalStream(ByteStream &stream, FileStream *file, const Context &context,
                              InputOutcome &outcome);
    void scanText(ByteStream &stream, FileStream *file, QByteArrayView head, const Context &context,
                  InputOutcome &outcome);
    void feedByLines(ByteStream &stream, ContentKind kind, const Context &context,
                     InputOutcome &outcome);

    void addError(InputOutcome &outcome, const QString &message,
                  InputError::Severity severity = InputError::Severity::Error) const;
    static QDateTime latestTimeFrom(const QDateTime &modified, const QDateTime &enclosing);

    const AnalyzeOptions &m_options;
    // The file on disk being read (processFile()), whatever layers sit inside it.
    const FileStream *m_outerFile = nullptr;
    DecompressionLimits m_limits;
};

} // namespace oom
