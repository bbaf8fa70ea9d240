export function OwnershipView() {
  return <div>OwnershipView</div>;
}
