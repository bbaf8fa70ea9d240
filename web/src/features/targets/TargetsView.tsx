export function TargetsView() {
  return <div>TargetsView</div>;
}
