// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/loghighlighter.h"

#ifdef OOMLENS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace {
const QString DefinitionName = QStringLiteral("Linux Kernel OOM Report");
// Inside a StyledText line, spaces must not collapse: the task table is aligned with them.
QString escaped(QStringView text)
{
    QString html = text.toString().toHtmlEscaped();
    html.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    return html;
}
} // namespace

#ifdef OOMLENS_HAVE_KSYNTAXHIGHLIGHTING

namespace {
KSyntaxHighlighting::Repository &repository()
{
    // The definition is found under :/oomlens/syntax (a custom search path reads
    // <dir>/syntax/*.xml). A Repository can be neither copied nor moved, so it is set up in
    // place, once. Only the GUI thread highlights (LogModel::data()).
    static KSyntaxHighlighting::Repository repo;
    static const bool searchPathAdded = [] {
        repo.addCustomSearchPath(QStringLiteral(":/oomlens"));
        return true;
    }();
    Q_UNUSED(searchPathAdded);
    return repo;
}
} // namespace

class LogHighlighter::Private : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit Private(bool dark)
    {
        setDefinition(repository().definitionForName(DefinitionName));
        setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme));
    }

    QString run(QStringView line)
    {
        m_line = line;
        m_html.clear();
        m_done = 0;
        highlightLine(line, KSyntaxHighlighting::State());
        if (m_done < line.size())
            m_html += escaped(line.mid(m_done));
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0)
            return;
        if (offset > m_done)
            m_html += escaped(m_line.mid(m_done, offset - m_done));
        const QStringView piece = m_line.mid(offset, length);
        if (!format.isValid() || !format.hasTextColor(theme())) {
            m_html += escaped(piece);
        } else {
            const bool bold = format.isBold(theme());
            m_html += QStringLiteral("<font color=\"") + format.textColor(theme()).name()
                + QStringLiteral("\">")
                                 + (bold ? QStringLiteral("<b>") : QString()) + escaped(piece)
                                    + (bold ? QStringLiteral("</b>") : QString())
                                       + QStringLiteral("</font>");
        }
        m_done = offset + length;
    }

private:
    QStringView m_line;
    QString m_html;
    qsizetype m_done = 0;
};

bool LogHighlighter::isAvailable()
{
    return repository().definitionForName(DefinitionName).isValid();
}

LogHighlighter::LogHighlighter(bool darkTheme)
    : d(std::make_unique<Private>(darkTheme))
{
}

QString LogHighlighter::styled(QStringView line)
{
    return d->run(line);
}

#else

class LogHighlighter::Private
{ };

bool LogHighlighter::isAvailable()
{
    return false;
}

LogHighlighter::LogHighlighter(bool) { }

QString LogHighlighter::styled(QStringView line)
{
    return escaped(line);
}

#endif

LogHighlighter::~LogHighlighter() = default;
