import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ACTOR_IDS, type ActorId } from '@core/content/actors';
import { ACTOR_HELP, ACTOR_HELP_LIST, type ActorHelp } from '@core/content/help';
import { Icon } from '../../components/Icon';
import { AreaHead, BackLink } from '../../components/Layout';
import { DutchTerm, Tx } from '../../components/Text';
import { SearchLink, Sources, UI } from '../../components/AreaParts';
import { useProgressive } from '../../components/useProgressive';

function isActorId(id: string): id is ActorId {
  return (ACTOR_IDS as string[]).includes(id);
}

/** One organisation: what it does for you and when to go to it. */
function Organisation({ help, page = false }: { help: ActorHelp; page?: boolean }) {
  const { t } = useTranslation([UI, 'help']);
  const headingId = useId();
  const Heading = page ? 'h1' : 'h2';
  const Sub = page ? 'h2' : 'h3';
  return (
    <article className={page ? 'org org--page' : 'card org'} aria-labelledby={headingId} data-actor={help.id}>
      <div className="org__head">
        <Icon name={help.icon} size={page ? 48 : 36} />
        <div>
          <Heading id={headingId} className="org__name">
            {page ? t(`help:actors.${help.id}.name`) : <Link href={`/${help.id}`}>{t(`help:actors.${help.id}.name`)}</Link>}
          </Heading>
          <p className="org__dutch">
            <DutchTerm id={help.glossary} />
          </p>
        </div>
      </div>
      <Sub className="org__sub">{t('help.does')}</Sub>
      <Tx k={`actors.${help.id}.does`} ns="help" />
      <Sub className="org__sub">{t('help.when')}</Sub>
      <Tx k={`actors.${help.id}.when`} ns="help" />
      <Sources refs={help.sources} />
    </article>
  );
}

export function HelpList() {
  const { t } = useTranslation([UI, 'common', 'help']);
  // Two organisations render with the screen, the rest in idle time right after: the third begins about
  // 1250 px down the page, below the fold of a 1080-pixel-high screen.
  const { count } = useProgressive(ACTOR_HELP_LIST.length, 2);
  return (
    <>
      <AreaHead title={t('common:areas.help.title')} lead={t('help.intro')} />
      <nav className="quick-links" aria-label={t('help.moreLabel')}>
        <SearchLink />
        <Link href="~/glossary" className="button">
          <Icon name="book" /> <span>{t('help.glossaryLink')}</span>
        </Link>
      </nav>
      <p className="note">{t('help.noContacts')}</p>
      <div className="org-list">
        {ACTOR_HELP_LIST.slice(0, count).map((h) => (
          <Organisation key={h.id} help={h} />
        ))}
      </div>
    </>
  );
}

export function OrganisationPage({ id }: { id: string }) {
  const { t } = useTranslation(UI);
  const back = <BackLink href="/help" label={t('help.allOrganisations')} />;
  if (!isActorId(id)) {
    return (
      <>
        {back}
        <h1>{t('common.notFoundTitle')}</h1>
        <p className="lead">{t('common.notFound')}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <Organisation help={ACTOR_HELP[id]} page />
      <p className="area-footer-links">
        <SearchLink />
      </p>
    </>
  );
}
