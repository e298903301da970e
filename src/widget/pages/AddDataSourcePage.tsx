import { AddDataSourcePicker } from '../../components/AddDataSourcePicker/AddDataSourcePicker';
import { BackToConnectionsLink } from '../../ui/BackToConnectionsLink';
import { useWidgetRoutes } from '../../context/WidgetRoutesContext';

/** The widget's `add` page: the picker, and a way back; choosing a tile opens that integration's page. */
export function AddDataSourcePage() {
  const routes = useWidgetRoutes();
  return (
    <div className="cw-page cw-add">
      <p className="cw-page__back">
        <BackToConnectionsLink />
      </p>
      <AddDataSourcePicker onSelect={(integration) => routes?.navigate(routes.integration(integration.id))} />
    </div>
  );
}
